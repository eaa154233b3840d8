package newsarchive.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a wire story ("AMMAN (Reuters) -", "BEIRUT, Jan 5 (Reuters) -",
 * "DAMASCUS, Syria (AP) —", "Raqqa, Syria -") and returns its place. Only the very start of the
 * body counts. A place in capitals needs only the dash; a place in ordinary case also needs a
 * qualifier (", Syria") or an agency in brackets, so that an opening word and a dash are not taken
 * for a dateline. Stateless and thread-safe.
 */
public final class Dateline {
  private static final String CAPS_PLACE =
      "\\p{Lu}[\\p{Lu}'’.\\-]*(?: \\p{Lu}[\\p{Lu}'’.\\-]*){0,3}";
  private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
  private static final String PLACE = WORD + "(?: (?:" + WORD + "|al|el|ad|as|ar|de|du))" + "{0,3}";
  private static final String QUALIFIER = "(?:,\\s*[^,()\\n\\-–—]{1,30}){1,2}";
  private static final String AGENCY = "\\s*\\([^()\\n]{1,40}\\)";
  private static final String DASH = "\\s*(?:--|[-–—])\\s";

  private static final Pattern CAPS =
      Pattern.compile("^(" + CAPS_PLACE + ")(?:" + QUALIFIER + ")?(?:" + AGENCY + ")?" + DASH);
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "^(" + PLACE + ")(?:" + QUALIFIER + "(?:" + AGENCY + ")?|" + AGENCY + ")" + DASH);

  private Dateline() {}

  public static Optional<String> find(String body) {
    if (body == null || body.isEmpty()) {
      return Optional.empty();
    }
    int end = body.indexOf('\n');
    String first = end < 0 ? body : body.substring(0, end);
    for (Pattern p : new Pattern[] {CAPS, QUALIFIED}) {
      Matcher m = p.matcher(first);
      if (m.find() && m.group(1).codePoints().anyMatch(Character::isLetter)) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
