/**
 * Saved searches: kept in an SQLite database beside the index ({@link
 * newsarchive.saved.SavedSearchStore}), with the webhooks that tell other programs of new articles
 * ({@link newsarchive.saved.Webhooks}) and the database's part in backups. Knows no Lucene: new
 * articles come from {@link newsarchive.search.Arrivals}.
 */
package newsarchive.saved;
