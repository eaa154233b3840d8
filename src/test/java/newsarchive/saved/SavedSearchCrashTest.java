package newsarchive.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches outlive a server killed hard: the real {@code archive serve} runs as a child JVM,
 * takes saved searches over HTTP, is killed with SIGKILL ({@code kill -9}), and a new server lists
 * every search the first one confirmed, as it confirmed it.
 */
class SavedSearchCrashTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final String TOKEN = "a-test-token-of-some-length";
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;
  private final List<Process> children = new ArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void killChildren() throws InterruptedException {
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Starts {@code archive serve} on a free port in a child JVM; returns the port. */
  private int serve(Path index, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Dfile.encoding=UTF-8",
                "-cp",
                classpath,
                "newsarchive.Main",
                "serve",
                "--index",
                index.toString(),
                "--web",
                Files.createDirectories(dir.resolve("web")).toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("ARCHIVE_TOKEN", TOKEN);
    Process child = builder.start();
    children.add(child);
    return assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          while (true) {
            assertTrue(child.isAlive(), Files.readString(log, StandardCharsets.UTF_8));
            Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
              return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
          }
        });
  }

  private HttpResponse<String> call(int port, String method, String path, String body)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void savedSearchesSurviveAKillNineOfTheServer() throws Exception {
    Path index = new FixtureArchive(dir.resolve("index")).index().dir;
    int port = serve(index, dir.resolve("first.log"));
    assertEquals(
        201,
        call(port, "POST", "/api/saved", "{\"name\": \"Raqqa\", \"query\": \"q=raqqa\"}")
            .statusCode());
    assertEquals(
        201,
        call(
                port,
                "POST",
                "/api/saved",
                "{\"name\": \"YPG in Raqqa\", \"query\": \"q=raqqa&faction=YPG\","
                    + " \"webhook\": \"http://127.0.0.1:9/hook\"}")
            .statusCode());
    assertEquals(
        201,
        call(port, "POST", "/api/saved", "{\"name\": \"Mosul\", \"query\": \"q=mosul\"}")
            .statusCode());
    assertEquals(204, call(port, "DELETE", "/api/saved/3", null).statusCode());
    HttpResponse<String> seen = call(port, "POST", "/api/saved/1/seen", null);
    assertEquals(200, seen.statusCode());
    String before = call(port, "GET", "/api/saved", null).body();

    Process first = children.get(0);
    first.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, first.exitValue(), "killed by signal 9");

    int again = serve(index, dir.resolve("second.log"));
    HttpResponse<String> after = call(again, "GET", "/api/saved", null);
    assertEquals(200, after.statusCode());
    assertEquals(before, after.body());
    JsonNode saved = JSON.readTree(after.body()).get("saved");
    assertEquals(2, saved.size());
    assertEquals("Raqqa", saved.get(0).get("name").asText());
    assertEquals(JSON.readTree(seen.body()).get("lastSeen"), saved.get(0).get("lastSeen"));
    assertEquals("q=raqqa&faction=YPG", saved.get(1).get("query").asText());
    assertEquals("http://127.0.0.1:9/hook", saved.get(1).get("webhook").asText());
  }
}
