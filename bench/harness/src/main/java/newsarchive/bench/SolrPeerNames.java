package newsarchive.bench;

/** Names the Solr peer module fixes (its core), repeated here since the two share no classes. */
final class SolrPeerNames {
  static final String CORE = "archive";

  private SolrPeerNames() {}
}
