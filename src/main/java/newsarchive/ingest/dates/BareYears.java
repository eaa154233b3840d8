package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds years that stand alone in prose ("since 2014", "the 2014 offensive", "In 2014,"), and not
 * the four-digit numbers that only look like years: counts ("killed 2014 people"), parts of numbers
 * ("12,014", "2014.5"), clock times ("at 2014 GMT") and decades ("the 1990s"). Immutable and
 * thread-safe.
 */
final class BareYears {
  private static final Pattern YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d][,.]?|[\\d$€£#/:-])((?:19|20)\\d\\d)(?![\\p{L}\\d]|[.,:/]\\d|%)");

  // Every year starts with one of these; see AnchoredMatches.
  private static final AnchoredMatches YEAR_NEAR =
      new AnchoredMatches(YEAR, List.of("19", "20"), false, 0, 2);
  private static final AnchorScanner SCANNER = new AnchorScanner(List.of(YEAR_NEAR));

  /** Words after which a four-digit number is a year even when a lowercase noun follows. */
  private static final Pattern YEAR_BEFORE =
      Pattern.compile(
          "(?i)(?:^|\\W)(?:in|since|of|from|until|till|by|during|before|after|between|and|to|the"
              + "|a|its|his|her|their|this|that|early|late|mid|summer|spring|autumn|fall|winter"
              + "|year|since|around|through|throughout|for)[\\s-]*$");

  /** Words after a number that make it a time of day, not a year. */
  private static final Pattern CLOCK_AFTER =
      Pattern.compile("^\\s*(?:GMT|UTC|hrs|hours|h\\b|local time|[ap]\\.?m\\.?)");

  /** A lowercase word right after: "2014 people" is a count. */
  private static final Pattern LOWERCASE_WORD_AFTER = Pattern.compile("^\\s+\\p{Ll}");

  List<WrittenDate> find(String text) {
    List<WrittenDate> years = new ArrayList<>();
    for (MatchResult m : SCANNER.in(text).of(YEAR_NEAR)) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      String before = text.substring(Math.max(0, m.start() - 24), m.start());
      if (CLOCK_AFTER.matcher(after).find()) {
        continue;
      }
      if (LOWERCASE_WORD_AFTER.matcher(after).find() && !YEAR_BEFORE.matcher(before).find()) {
        continue;
      }
      int year = Integer.parseInt(m.group(1));
      years.add(new WrittenDate(m.start(), m.end(), LocalDate.of(year, 1, 1), DatePrecision.YEAR));
    }
    return years;
  }
}
