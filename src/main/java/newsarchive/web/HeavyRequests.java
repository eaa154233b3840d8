package newsarchive.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded pool for the requests that search the index: at most {@code running} at once, at most
 * {@code waiting} more waiting, each for at most {@code maxWait}. Past that the server answers 503
 * at once rather than queueing without end, so a burst cannot pile up threads and memory.
 * Thread-safe.
 */
public final class HeavyRequests {
  private final Semaphore slots;
  private final int running;
  private final int maxWaiting;
  private final Duration maxWait;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();

  public HeavyRequests(int running, int waiting, Duration maxWait) {
    if (running < 1 || waiting < 0) {
      throw new IllegalArgumentException("running must be 1 or more and waiting 0 or more");
    }
    this.slots = new Semaphore(running, true);
    this.running = running;
    this.maxWaiting = waiting;
    this.maxWait = maxWait;
  }

  /**
   * Twice as many running as the machine has cores, and up to 32 a core waiting for five seconds: a
   * newsroom's worth of browsers queues for a moment, a flood is turned away.
   */
  public static HeavyRequests forThisMachine() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new HeavyRequests(2 * cores, 32 * cores, Duration.ofSeconds(5));
  }

  /** Takes a slot, waiting a while if all are taken; false when none came free. */
  public boolean tryEnter() throws InterruptedException {
    if (slots.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      refused.incrementAndGet();
      return false;
    }
    try {
      boolean entered = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
      if (!entered) {
        refused.incrementAndGet();
      }
      return entered;
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Gives back a slot taken by {@link #tryEnter}. */
  public void leave() {
    slots.release();
  }

  /** How many requests are waiting for a slot now. */
  public int waiting() {
    return waiting.get();
  }

  /** How many requests hold a slot now: the searches in flight. */
  public int running() {
    return running - slots.availablePermits();
  }

  /** How many requests were turned away (a 503) since the pool was made. */
  public long refused() {
    return refused.get();
  }

  /** Seconds a refused client should wait before trying again: the Retry-After value. */
  int retryAfterSeconds() {
    return (int) Math.max(1, maxWait.toSeconds());
  }
}
