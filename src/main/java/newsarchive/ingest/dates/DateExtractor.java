package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the dates an article's text names and normalises them with their precision: "29 May 2017"
 * and "May 29, 2017" are days, "February 2017" a month, a year standing alone ("since 2014") a
 * year. With the publication date known it also resolves relative dates ("yesterday", "last year",
 * "two weeks ago" as the day fourteen days before, "on Tuesday"); without it they are skipped.
 * Spans of time ("16 days of battles", "five months") are not dates. Month names are English, as in
 * the archive's articles. Immutable and thread-safe.
 */
public final class DateExtractor {
  private final DateExpressions absolute = new DateExpressions(MonthNames.english(), false, true);
  private final BareYears years = new BareYears();
  private final RelativeDates relative = new RelativeDates();

  /** Every date in {@code body}, in body order, without overlaps (the longest reading wins). */
  public List<DateMention> extract(String body, LocalDate publishedOrNull) {
    List<WrittenDate> found = new ArrayList<>(absolute.find(body, true));
    found.addAll(years.find(body));
    if (publishedOrNull != null) {
      found.addAll(relative.find(body, publishedOrNull));
    }
    found.sort(
        Comparator.comparingInt(WrittenDate::start)
            .thenComparing(Comparator.comparingInt(WrittenDate::end).reversed()));
    List<DateMention> mentions = new ArrayList<>();
    int covered = 0;
    for (WrittenDate date : found) {
      if (date.start() < covered) {
        continue; // inside a longer reading that starts earlier or at the same place
      }
      mentions.add(
          new DateMention(
              date.precision().format(date.date()),
              date.precision().label(),
              body.substring(date.start(), date.end()),
              date.start(),
              date.end()));
      covered = date.end();
    }
    return List.copyOf(mentions);
  }
}
