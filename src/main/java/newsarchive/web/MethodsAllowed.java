package newsarchive.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code Allow} header and the sentence of a 405, from the methods Javalin found for the
 * address. Javalin answers HEAD for every GET route, so HEAD is allowed wherever GET is. Stateless.
 */
final class MethodsAllowed {
  private static final List<String> ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private MethodsAllowed() {}

  /**
   * The Allow header's value from the details of Javalin's MethodNotAllowedResponse: one entry,
   * named for the client (availableMethods, or Available methods for a browser), that lists them.
   */
  static String header(Map<String, String> details) {
    Set<String> methods =
        details.values().stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(ORDER::contains)
            .collect(Collectors.toCollection(HashSet::new));
    if (methods.contains("GET")) {
      methods.add("HEAD");
    }
    // Javalin raises the 405 only when some method is found; GET is this API's method anyway.
    return methods.isEmpty()
        ? "GET, HEAD"
        : ORDER.stream().filter(methods::contains).collect(Collectors.joining(", "));
  }

  /** "/api/search answers GET and HEAD requests, not POST." */
  static String sentence(String path, String method, String allow) {
    List<String> names = Arrays.asList(allow.split(", "));
    String listed =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return path + " answers " + listed + " requests, not " + method + ".";
  }
}
