package newsarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A server the benchmark runs in a process of its own (the archive's {@code serve}, or the Solr
 * peer), with the time from its start to the first search it answered. Not thread-safe.
 */
final class ChildJvm implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
  private final Process process;
  private final long startedNanos;

  private ChildJvm(Process process, long startedNanos) {
    this.process = process;
    this.startedNanos = startedNanos;
  }

  /** Starts {@code command}, its output going to {@code log}. */
  static ChildJvm start(List<String> command, Path workDir, Path log) throws IOException {
    long started = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new ChildJvm(p, started);
  }

  long pid() {
    return process.pid();
  }

  /**
   * CPU time the server has used so far, in nanoseconds: on a machine others share, the CPU a
   * piece of work costs moves far less than its wall time.
   */
  long cpuNanos() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
  }

  /**
   * Polls {@code search} until it answers 200; returns the nanoseconds since the process started.
   */
  long awaitFirstAnswer(URI search, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest request = HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(30)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server exited with status " + process.exitValue());
      }
      try {
        HttpResponse<Void> r = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return System.nanoTime() - startedNanos;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    throw new IOException("no answer from " + search + " within " + timeout);
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
