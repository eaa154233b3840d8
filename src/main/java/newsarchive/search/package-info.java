/**
 * From a search request to result records: query parsing and widening, drill-sideways facets,
 * highlighted snippets. Knows nothing of HTTP.
 */
package newsarchive.search;
