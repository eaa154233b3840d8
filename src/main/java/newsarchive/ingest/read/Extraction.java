package newsarchive.ingest.read;

import java.util.Objects;

/** One outcome of reading an input: an article, or the reason a file or row was rejected. */
public sealed interface Extraction {
  /** Where this came from: a path, with a row or line number for dumps. */
  String source();

  /** An article read from the input. */
  record Found(RawArticle article) implements Extraction {
    public Found {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String source() {
      return article.source();
    }
  }

  /** An input, or one row of it, that holds no usable article; {@code reason} is one line. */
  record Rejected(String source, String reason) implements Extraction {
    public Rejected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
