package newsarchive.tools.generate.outlets;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page skeleton with {@code {{name}}} placeholders, filled with values that are already HTML. A
 * placeholder left without a value, or a value given for no placeholder, is a layout bug and fails
 * loudly rather than leaving braces in a saved page. Not thread-safe: fill, then render.
 */
final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  private final String skeleton;
  private final Map<String, String> values = new HashMap<>();

  Template(String skeleton) {
    this.skeleton = skeleton;
  }

  /** Sets a placeholder to markup that is inserted as it is. */
  Template with(String name, String html) {
    values.put(name, html);
    return this;
  }

  String render() {
    Matcher matcher = PLACEHOLDER.matcher(skeleton);
    StringBuilder out = new StringBuilder(skeleton.length() * 2);
    Set<String> used = new HashSet<>();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for {{" + matcher.group(1) + "}}");
      }
      used.add(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    if (!used.containsAll(values.keySet())) {
      throw new IllegalStateException("values given for placeholders the skeleton lacks");
    }
    return out.toString();
  }
}
