package newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Load from wrk: a fixed number of connections, each sending the next search of the mix as soon as
 * the last one answered, for a fixed time. Not thread-safe.
 */
final class WrkLoad {
  /** What one wrk run measured; latencies in microseconds. */
  record Result(long requests, long durationMicros, long p50Micros, long p99Micros, long errors) {
    double perSecond() {
      return requests * 1e6 / durationMicros;
    }
  }

  private final Path script;

  /** Writes wrk's Lua script into {@code work}. */
  WrkLoad(Path work) throws IOException {
    this.script = work.resolve("cycle.lua");
    try (InputStream in = WrkLoad.class.getResourceAsStream("cycle.lua")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Runs {@code paths} against {@code base} (http://host:port) with {@code clients} connections.
   */
  Result run(String base, Path paths, int clients, int seconds) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "wrk",
                "-t1",
                "-c" + clients,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true);
    pb.environment().put("BENCH_PATHS", paths.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return parse(out);
  }

  static Result parse(String wrkOutput) throws IOException {
    for (String line : wrkOutput.lines().toList()) {
      if (line.startsWith("BENCH_RESULT ")) {
        List<Long> v =
            java.util.Arrays.stream(line.substring(13).trim().split(" "))
                .map(Long::parseLong)
                .toList();
        long errors = v.get(4) + v.get(5) + v.get(6) + v.get(7) + v.get(8);
        return new Result(v.get(0), v.get(1), v.get(2), v.get(3), errors);
      }
    }
    throw new IOException("wrk printed no result: " + wrkOutput);
  }

  /** Writes {@code paths} one a line, for the script. */
  static Path writePaths(Path file, List<String> paths) throws IOException {
    Files.write(file, paths, StandardCharsets.UTF_8);
    return file;
  }
}
