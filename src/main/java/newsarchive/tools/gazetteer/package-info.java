/**
 * Builds the committed gazetteer resources from the open data in {@code ../shared/data} (GeoNames,
 * UCDP, Phoenix, Wikidata country aliases) and the hand-kept overlay: reading each source, choosing
 * aliases, assembling places and their priors. Run by {@code ./archive gazetteer} only.
 */
package newsarchive.tools.gazetteer;
