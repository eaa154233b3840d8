package newsarchive.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;
import newsarchive.index.IngestProgress;

/**
 * An ingest's progress on standard error, through the progressbar library, by bytes read of all the
 * files (inside one large dump too): on a terminal a bar redrawn in place, with the megabytes a
 * second and the time left, and the files done and articles a second beside it; elsewhere (a log, a
 * pipe) a plain line every {@link #LINE_EVERY} while the run moves, and one at its end, such as
 * {@code ingest: 3/12 files, 41.0 of 72.3 MB, 12034 articles, 1850 articles/s, 17 s left}.
 * Thread-safe.
 */
final class IngestDisplay implements IngestProgress {
  /** How often a plain line is written while the run moves. */
  static final Duration LINE_EVERY = Duration.ofSeconds(10);

  private static final int BAR_EVERY_MS = 200;
  private static final long MB = 1_000_000;
  private final PrintStream err;
  private final boolean terminal;
  private final AtomicInteger filesDone = new AtomicInteger();
  private final AtomicInteger articles = new AtomicInteger();
  private volatile int files;
  private volatile ProgressBar bar;
  private volatile long messageAt;
  private String lastLine = "";

  IngestDisplay(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A display on {@code err}, as a bar when it is a terminal. */
  static IngestDisplay on(PrintStream err) {
    return new IngestDisplay(err, Terminal.is(err));
  }

  @Override
  public void started(int files, long bytes) {
    this.files = files;
    ProgressBarBuilder builder =
        new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(bytes, 1));
    if (terminal) {
      builder
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .setStyle(ProgressBarStyle.ASCII)
          // Kilobytes for a small run, whose megabytes would read 0/1 throughout.
          .setUnit(bytes < 10 * MB ? " kB" : " MB", bytes < 10 * MB ? 1000 : MB)
          .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
          .setUpdateIntervalMillis(BAR_EVERY_MS);
    } else {
      // A line as long as it needs: the width of no terminal applies.
      builder
          .setConsumer(new DelegatingProgressBarConsumer(this::line, Integer.MAX_VALUE))
          .setRenderer((state, width) -> plain(state))
          .setUpdateIntervalMillis((int) LINE_EVERY.toMillis());
    }
    bar = builder.build();
    message();
  }

  @Override
  public void read(long bytes) {
    ProgressBar b = bar;
    if (b != null) {
      b.stepBy(bytes);
      if (terminal && System.nanoTime() - messageAt > BAR_EVERY_MS * 1_000_000L) {
        message();
      }
    }
  }

  @Override
  public void fileDone() {
    filesDone.incrementAndGet();
  }

  @Override
  public void indexed() {
    articles.incrementAndGet();
  }

  @Override
  public void finished() {
    ProgressBar b = bar;
    if (b != null) {
      message();
      b.close(); // draws the last state and ends its line
    }
  }

  /** Writes a plain line, unless it would repeat the one before (the run's end draws twice). */
  private synchronized void line(String text) {
    if (!text.equals(lastLine)) {
      lastLine = text;
      err.println(text);
      err.flush();
    }
  }

  /** What the bar shows beside itself: the files done and the articles a second. */
  private void message() {
    messageAt = System.nanoTime();
    ProgressBar b = bar;
    if (terminal && b != null) {
      b.setExtraMessage(
          String.format(
              Locale.ROOT,
              " %d/%d files, %d articles, %d/s",
              filesDone.get(),
              files,
              articles.get(),
              perSecond(articles.get(), b.getElapsedAfterStart())));
    }
  }

  /** The plain line for where no bar can be drawn. */
  String plain(ProgressState state) {
    Duration elapsed = state.getElapsedAfterStart();
    long read = state.getCurrent();
    long total = state.getMax();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "ingest: %d/%d files, %.1f of %.1f MB, %d articles, %d articles/s",
                filesDone.get(),
                files,
                (double) read / MB,
                (double) total / MB,
                articles.get(),
                perSecond(articles.get(), elapsed)));
    if (read > 0 && read < total) {
      long leftMs = (long) (elapsed.toMillis() * ((double) (total - read) / read));
      line.append(", ").append(Math.max(1, (leftMs + 999) / 1000)).append(" s left");
    }
    return line.toString();
  }

  private static long perSecond(int count, Duration elapsed) {
    long ms = Math.max(1, elapsed.toMillis());
    return count * 1000L / ms;
  }
}
