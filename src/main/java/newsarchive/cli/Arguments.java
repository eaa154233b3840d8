package newsarchive.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's options and operands: {@code --name value} (repeatable), {@code --flag}, and the rest
 * in order. Unknown options are an error, so a typo never passes silently. Immutable.
 */
public record Arguments(Map<String, List<String>> options, List<String> operands) {
  /** Thrown for a command line that does not fit its command; the message says why. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) {
    Map<String, List<String>> options = new HashMap<>();
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq > 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name) && value == null) {
          options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args.get(++i);
          }
          options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        operands.add(a);
      }
    }
    return new Arguments(Map.copyOf(options), List.copyOf(operands));
  }

  public String value(String name, String fallback) {
    List<String> v = options.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  public List<String> values(String name) {
    return options.getOrDefault(name, List.of());
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public int number(String name, int fallback) {
    String v = value(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
    }
  }
}
