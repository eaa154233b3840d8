package newsarchive.tools.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The hand-marked faction and place mentions of some corpus articles: a JSON array of {@code
 * {"source", "mentions": [{"start", "end", "text", "kind", "name"}]}}, where {@code source} is the
 * article's path under the corpus folder (with ":line N" or ":row N" for a dump) and offsets index
 * the body the ingester extracts. Stateless.
 */
public final class GoldMentions {
  /** Where a mention is a faction's or a place's. */
  public enum Kind {
    FACTION,
    PLACE;

    static Kind parse(String kind) {
      return switch (kind) {
        case "faction" -> FACTION;
        case "place" -> PLACE;
        default -> throw new IllegalArgumentException("unknown mention kind '" + kind + "'");
      };
    }
  }

  /** One marked mention: UTF-16 offsets into the body, the text there, and the canonical name. */
  public record Mention(int start, int end, String text, Kind kind, String name) {
    public Mention {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      if (start < 0 || end <= start || end - start != text.length()) {
        throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + text);
      }
    }
  }

  /** One article and every mention marked in it. */
  public record Article(String source, List<Mention> mentions) {
    public Article {
      Objects.requireNonNull(source, "source");
      mentions = List.copyOf(mentions);
    }
  }

  private record RawMention(int start, int end, String text, String kind, String name) {}

  private record RawArticle(String source, List<RawMention> mentions) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private GoldMentions() {}

  /** Reads a gold file; a malformed one is an {@link UncheckedIOException}. */
  public static List<Article> read(Path file) {
    try {
      List<RawArticle> raw = JSON.readValue(file.toFile(), new TypeReference<>() {});
      return raw.stream()
          .map(
              a ->
                  new Article(
                      a.source(),
                      a.mentions().stream()
                          .map(
                              m ->
                                  new Mention(
                                      m.start(), m.end(), m.text(), Kind.parse(m.kind()), m.name()))
                          .toList()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
