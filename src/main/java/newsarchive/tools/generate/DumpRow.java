package newsarchive.tools.generate;

import java.time.ZonedDateTime;
import java.util.Objects;
import newsarchive.tools.generate.outlets.Outlet;
import newsarchive.tools.generate.outlets.Story;

/**
 * One article as an export from a media-monitoring tool holds it: plain text with the dateline as
 * the outlet printed it, paragraphs separated by a blank line. Immutable.
 */
public record DumpRow(
    String title, String text, ZonedDateTime publishedAt, String url, String site) {
  public DumpRow {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(site, "site");
  }

  /** The row for a story as one outlet carried it at {@code url}. */
  static DumpRow of(Story story, Outlet outlet, String url, ZonedDateTime publishedAt) {
    String lead = story.paragraphs().getFirst();
    if (story.wire()) {
      lead = story.dateline() == null ? lead : story.dateline() + " (Crossroads Wire) - " + lead;
    } else if (story.dateline() != null) {
      lead = story.dateline() + " - " + lead;
    }
    StringBuilder text = new StringBuilder(lead);
    for (int i = 1; i < story.paragraphs().size(); i++) {
      text.append("\n\n").append(story.paragraphs().get(i));
    }
    return new DumpRow(story.title(), text.toString(), publishedAt, url, outlet.displayName());
  }
}
