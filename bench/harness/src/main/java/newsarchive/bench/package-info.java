/**
 * The benchmarks behind {@code ./archive bench}: ingest from HTML pages and from a JSONL dump
 * beside their ceilings (Jsoup alone, a bare Lucene loop) and Apache Solr, search over HTTP under
 * wrk beside Solr, index size, heap and start-up time. Not part of the archive's jar or test suite.
 */
package newsarchive.bench;
