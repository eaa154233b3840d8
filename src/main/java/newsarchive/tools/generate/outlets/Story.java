package newsarchive.tools.generate.outlets;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One news story as written by us, before any outlet lays it out: the first paragraph carries no
 * dateline, the layout adds it. {@code byline} is null for staff stories; {@code wire} marks a
 * story that the wire agency publishes and another outlet republishes. Immutable.
 */
public record Story(
    String id,
    String title,
    LocalDate published,
    String dateline,
    String byline,
    boolean wire,
    List<String> paragraphs) {
  public Story {
    Objects.requireNonNull(published, "published");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("story without an id");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("story " + id + " has no title");
    }
    if (paragraphs == null || paragraphs.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no paragraphs");
    }
    dateline = dateline == null || dateline.isBlank() ? null : dateline.strip();
    byline = byline == null || byline.isBlank() ? null : byline.strip();
    paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** The story's name in addresses and file names: the id without a leading yyyy-MM-dd- date. */
  public String slug() {
    String slug = id.matches("\\d{4}-\\d{2}-\\d{2}-.+") ? id.substring(11) : id;
    return slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** The plain text of the story without a dateline: paragraphs joined by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The number of words in all paragraphs, counting runs of non-space characters. */
  public int wordCount() {
    int count = 0;
    for (String paragraph : paragraphs) {
      count += paragraph.split("\\s+").length;
    }
    return count;
  }
}
