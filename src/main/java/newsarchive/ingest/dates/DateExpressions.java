package newsarchive.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in text: "29 May 2017", "May 29th, 2017", "29. Mai 2017",
 * "2017-05-29", "29.05.2017", "05/29/2017", "2017年5月29日", and month-year forms such as "February
 * 2017". Bare years and relative dates are left to callers that know the context. Immutable and
 * thread-safe.
 */
final class DateExpressions {
  private static final String YEAR = "(?<y>(?:19|20)\\d\\d)(?!\\d)";
  private static final String DAY = "(?<d>[0-3]?\\d)";
  private static final String ORDINAL = "(?:\\.|st|nd|rd|th|er|º|°)?";

  /** How far before and after a year a written date may reach ("29th of September, 2017"). */
  private static final int WINDOW_BEFORE = 64;

  private static final int WINDOW_AFTER = 24;

  private final MonthNames months;
  private final List<Form> forms;
  private final boolean numeric;

  /**
   * One way of writing a date. Each starts with a digit or with a letter, and is tried only where
   * the text has one of its kind: half the matcher calls of trying every form everywhere.
   */
  private record Form(Pattern pattern, boolean digitFirst) {
    Form(boolean digitFirst, String regex) {
      this(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), digitFirst);
    }
  }

  /**
   * @param months the month names to recognise
   * @param numeric whether to recognise all-digit forms other than ISO ("29.05.2017")
   * @param capitalised whether month names must start with a capital, as in edited prose
   */
  DateExpressions(MonthNames months, boolean numeric, boolean capitalised) {
    this.months = months;
    this.numeric = numeric;
    // Any word may be a month here; read() keeps those that are. One alternation of every month
    // name in every language would be tried at each position of the text, which is slow. The
    // capital applies to both forms of a name ("march 2017" in prose is no date).
    String name =
        (capitalised ? "(?<mn>(?=\\p{Lu})" : "(?<mn>")
            + "(?:(?:كانون|تشرين)\\s+\\p{L}+|\\p{L}{2,12}))(?!\\p{L})\\.?";
    List<Form> forms = new ArrayList<>();
    forms.add(
        new Form(
            true,
            "(?<![\\d.])"
                + DAY
                + ORDINAL
                + "(?:[\\s.-]*|\\s+de\\s+)"
                + name
                + "(?:,?\\s*|\\s*-\\s*|\\s+de\\s+|\\s+del\\s+)"
                + YEAR));
    forms.add(
        new Form(
            false, "(?<!\\p{L})" + name + "\\s*" + DAY + "(?:st|nd|rd|th)?(?!\\d),?\\s+" + YEAR));
    forms.add(new Form(false, "(?<!\\p{L})" + name + ",?\\s+" + YEAR));
    forms.add(
        new Form(
            true,
            "(?<![\\d.])(?<y>(?:19|20)\\d\\d)(?<s>[-/.])(?<m>[01]?\\d)\\k<s>(?<d>[0-3]?\\d)(?![\\d])"));
    forms.add(
        new Form(
            true,
            "(?<y>(?:19|20)\\d\\d)\\s*[年년]\\s*(?<m>[01]?\\d)\\s*[月월]\\s*(?<d>[0-3]?\\d)(?!\\d)"));
    if (numeric) {
      forms.add(
          new Form(
              true,
              "(?<![\\d.])(?<d>[0-3]?\\d)\\.\\s?(?<m>[01]?\\d)\\.\\s?(?<y>(?:19|20)\\d\\d|\\d\\d)"
                  + "(?!\\d|\\.\\d)"));
      forms.add(
          new Form(
              true,
              "(?<![\\d/.-])(?<a>[0-3]?\\d)(?<s>[/-]|\\s?\\|\\s?)(?<b>[0-3]?\\d)\\k<s>" + YEAR));
    }
    this.forms = List.copyOf(forms);
  }

  /**
   * Every date in {@code text}, in text order, without overlaps (the longer reading wins).
   *
   * @param monthFirst how to read an ambiguous "05/06/2017": true for 6 May (US style)
   */
  List<WrittenDate> find(String text, boolean monthFirst) {
    List<WrittenDate> found = new ArrayList<>();
    if (!hasDigit(text)) {
      return List.of();
    }
    // Without the numeric forms every date has a four-digit year, so the patterns need only be
    // tried near one: a few windows instead of every position of a long text.
    List<int[]> windows = numeric ? List.of(new int[] {0, text.length()}) : yearWindows(text);
    for (int[] window : windows) {
      // Every form starts with a digit or with a word's first letter, so only those places are
      // tried, each once: far fewer than every position of the window.
      int[] starts = possibleStarts(text, window[0], window[1]);
      for (Form form : forms) {
        Pattern pattern = form.pattern();
        Map<String, Integer> groups = pattern.namedGroups();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = window[0];
        for (int start : starts) {
          if (start < from || Character.isDigit(text.charAt(start)) != form.digitFirst()) {
            continue;
          }
          m.region(start, window[1]);
          if (!m.lookingAt()) {
            continue;
          }
          // A word that is no month must not hide a date right after it: read on from the next
          // start unless this is a date.
          WrittenDate date = read(m, groups, monthFirst);
          if (date != null) {
            found.add(date);
            from = m.end();
          }
        }
      }
    }
    found.sort(
        Comparator.comparingInt(WrittenDate::start)
            .thenComparing(Comparator.comparingInt(WrittenDate::end).reversed()));
    List<WrittenDate> kept = new ArrayList<>();
    for (WrittenDate date : found) {
      if (kept.isEmpty() || date.start() >= kept.getLast().end()) {
        kept.add(date);
      } else if (date.end() - date.start() > kept.getLast().end() - kept.getLast().start()) {
        kept.set(kept.size() - 1, date);
      }
    }
    return List.copyOf(kept);
  }

  private WrittenDate read(Matcher m, Map<String, Integer> groups, boolean monthFirst) {
    int year = Integer.parseInt(m.group("y"));
    if (year < 100) {
      year += year < 70 ? 2000 : 1900; // "12.05.98" is 1998; the web has no pages from 2070 yet
    }
    int month;
    int day;
    if (groups.containsKey("a")) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      boolean aIsMonth = a > 12 ? false : b > 12 || monthFirst;
      month = aIsMonth ? a : b;
      day = aIsMonth ? b : a;
    } else {
      month = groups.containsKey("mn") ? months.monthOf(m.group("mn")) : parse(m, "m");
      day = groups.containsKey("d") ? parse(m, "d") : 0;
    }
    if (month == 0) {
      return null;
    }
    try {
      if (day == 0) {
        return new WrittenDate(
            m.start(), m.end(), LocalDate.of(year, month, 1), DatePrecision.MONTH);
      }
      return new WrittenDate(m.start(), m.end(), LocalDate.of(year, month, day), DatePrecision.DAY);
    } catch (DateTimeException e) {
      return null; // "31 February" and the like: digits that only look like a date
    }
  }

  /** The digits, and the letters that start a word, of {@code text} between from and to. */
  private static int[] possibleStarts(String text, int from, int to) {
    int[] starts = new int[Math.max(16, Math.min(to - from, 64))];
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean start =
          Character.isDigit(c)
              || (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1))));
      if (start) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Regions around each 19xx or 20xx standing alone, merged where they overlap. */
  private static List<int[]> yearWindows(String text) {
    List<int[]> windows = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      char c = text.charAt(i);
      if ((c == '1' || c == '2')
          && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && isDigit(text, i + 1)
          && isDigit(text, i + 2)
          && isDigit(text, i + 3)
          && (i + 4 == n || !Character.isDigit(text.charAt(i + 4)))
          && ((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0'))) {
        int start = Math.max(0, i - WINDOW_BEFORE);
        int end = Math.min(n, i + 4 + WINDOW_AFTER);
        if (!windows.isEmpty() && start <= windows.getLast()[1]) {
          windows.getLast()[1] = end;
        } else {
          windows.add(new int[] {start, end});
        }
        i += 3;
      }
    }
    return windows;
  }

  private static boolean isDigit(String text, int i) {
    return Character.isDigit(text.charAt(i));
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int parse(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
