package newsarchive.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import newsarchive.ingest.Article;

/** The article endpoint's JSON: the extraction JSON with the article's id first. Immutable. */
record ArticleView(String id, @JsonUnwrapped Article article) {}
