package newsarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a running JVM still uses after a full collection, asked with the JDK's jcmd ({@code
 * GC.run}, then {@code GC.heap_info}). Thread-safe (stateless).
 */
final class HeapProbe {
  private static final Pattern USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");

  private HeapProbe() {}

  /** Bytes used after a full GC in process {@code pid}. */
  static long usedAfterFullGc(Path javaHome, long pid) throws IOException {
    String jcmd = javaHome.resolve("bin").resolve("jcmd").toString();
    run(List.of(jcmd, Long.toString(pid), "GC.run"));
    String info = run(List.of(jcmd, Long.toString(pid), "GC.heap_info"));
    Matcher m = USED.matcher(info);
    if (!m.find()) {
      throw new IOException("cannot read the heap from jcmd: " + info);
    }
    return Long.parseLong(m.group(1)) * 1024;
  }

  private static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return out;
  }
}
