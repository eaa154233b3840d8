package newsarchive.saved;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import newsarchive.search.Arrival;
import newsarchive.search.Arrivals;
import newsarchive.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each saved search's webhook of the new articles that match it. A check, run after each
 * commit the server picks up and on a schedule, finds each search's articles indexed from its
 * webhook mark up to the index's mark ({@link Arrivals}) and queues a JSON POST of them ({@link
 * WebhookPost}); one thread sends the queue with {@link HttpClient}. The search's mark moves only
 * when the receiver answers 2xx, and a search has at most one delivery queued, in flight or waiting
 * to be tried again, so each article goes to each webhook once and in order.
 *
 * <p>A failed delivery is tried again after one, two, four … times {@code firstRetry}, up to {@code
 * attempts} in all, then left to a later check. The queue is bounded: when full it drops its oldest
 * delivery with a log line, and a later check finds those articles again, since their mark never
 * moved. Thread-safe.
 */
public final class Webhooks implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

  /** Articles in one POST at most; the rest follow in the next. */
  static final int BATCH = 100;

  /**
   * How deliveries behave: the queue's bound, tries per delivery, the first wait before trying
   * again (doubling after), how often to check without a commit, and how long a receiver may take.
   * Immutable.
   */
  public record Settings(
      int queue, int attempts, Duration firstRetry, Duration every, Duration timeout) {
    public Settings {
      if (queue < 1 || attempts < 1) {
        throw new IllegalArgumentException("queue and attempts must be 1 or more");
      }
    }

    /** 1,000 deliveries queued, 6 tries 1 to 16 seconds apart, a check a minute, 10 s a POST. */
    public static Settings defaults() {
      return new Settings(
          1000, 6, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10));
    }
  }

  /** One POST to make: its search as it was when found, the articles, the mark they reach. */
  private record Delivery(SavedSearch search, List<Arrival> articles, long until, int attempt) {
    Delivery again() {
      return new Delivery(search, articles, until, attempt + 1);
    }
  }

  private final SavedSearchStore store;
  private final Arrivals arrivals;
  private final Function<String, SearchRequest> requests;
  private final ObjectMapper json;
  private final Settings settings;
  private final HttpClient http;
  private final ScheduledExecutorService timer;
  private final Thread sender;
  private final ArrayDeque<Delivery> queue = new ArrayDeque<>();
  private final Set<Long> busy = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean checkWaiting = new AtomicBoolean();
  private volatile boolean closed;

  /**
   * Deliveries for the searches in {@code store}, whose query strings {@code requests} reads as the
   * API does; not running until {@link #start}.
   */
  public Webhooks(
      SavedSearchStore store,
      Arrivals arrivals,
      Function<String, SearchRequest> requests,
      ObjectMapper json,
      Settings settings) {
    this.store = store;
    this.arrivals = arrivals;
    this.requests = requests;
    this.json = json;
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "webhook-timer");
              t.setDaemon(true);
              return t;
            });
    this.sender = new Thread(this::sendForever, "webhook-sender");
    sender.setDaemon(true);
  }

  /**
   * Starts sending, and checking: now (for what came in while no server ran), after each {@link
   * #check} and on the schedule.
   */
  public void start() {
    sender.start();
    check();
    long every = settings.every().toMillis();
    var unused =
        timer.scheduleWithFixedDelay(this::checkLogged, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Asks for a check soon, on the webhooks' own thread: quick, so the index's refresh may call it.
   * Calls while one waits to run are one check.
   */
  public void check() {
    if (closed || !checkWaiting.compareAndSet(false, true)) {
      return;
    }
    try {
      timer.execute(
          () -> {
            checkWaiting.set(false);
            checkLogged();
          });
    } catch (RejectedExecutionException e) {
      checkWaiting.set(false); // closing
    }
  }

  private void checkLogged() {
    try {
      checkNow();
    } catch (IOException | RuntimeException e) {
      LOG.warn("checking the saved searches for new articles failed: {}", e.toString());
    }
  }

  /**
   * Finds each search's new articles and queues them, on the calling thread; returns how many
   * deliveries it queued.
   */
  public int checkNow() throws IOException {
    if (closed) {
      return 0;
    }
    long mark = arrivals.mark();
    int queued = 0;
    for (SavedSearch s : store.list()) {
      if (s.webhook() == null || s.webhookMark() >= mark || !busy.add(s.id())) {
        continue;
      }
      boolean handedOn = false;
      try {
        List<Arrival> found =
            arrivals.between(requests.apply(s.query()), s.webhookMark(), mark, BATCH);
        if (found.isEmpty()) {
          store.advanceWebhook(s.id(), s.webhook(), s.webhookMark(), mark);
        } else {
          // A full batch reaches only past its last article; the next check sends the rest.
          long until = found.size() == BATCH ? found.get(BATCH - 1).indexed() + 1 : mark;
          enqueue(new Delivery(s, found, until, 1));
          handedOn = true;
          queued++;
        }
      } catch (RuntimeException e) {
        // A search saved by an older archive that this one no longer reads: skip it, not the rest.
        LOG.warn("saved search {} cannot be checked: {}", s.id(), e.toString());
      } finally {
        if (!handedOn) {
          busy.remove(s.id());
        }
      }
    }
    return queued;
  }

  /** Whether no delivery is queued, being sent or waiting to be tried again. */
  public boolean idle() {
    return busy.isEmpty();
  }

  private void enqueue(Delivery d) {
    Delivery dropped = null;
    synchronized (queue) {
      if (closed) {
        busy.remove(d.search().id());
        return;
      }
      if (queue.size() >= settings.queue()) {
        dropped = queue.pollFirst();
        busy.remove(dropped.search().id());
      }
      queue.addLast(d);
      queue.notifyAll();
    }
    if (dropped != null) {
      LOG.warn(
          "the webhook queue is full ({} deliveries): dropped the oldest, {} articles for saved"
              + " search {}; a later check finds them again",
          settings.queue(),
          dropped.articles().size(),
          dropped.search().id());
    }
  }

  private void sendForever() {
    while (!closed) {
      Delivery d;
      synchronized (queue) {
        while (queue.isEmpty() && !closed) {
          try {
            queue.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        d = queue.pollFirst();
      }
      try {
        send(d);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // Never let one delivery stop the thread that sends every other.
        busy.remove(d.search().id());
        LOG.warn("sending a webhook failed: {}", e.toString());
      }
    }
  }

  private void send(Delivery d) throws InterruptedException {
    SavedSearch s = d.search();
    String failure;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(s.webhook()))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "news-archive")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(WebhookPost.of(s, d.articles(), d.until())),
                      StandardCharsets.UTF_8))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        delivered(d);
        return;
      }
      failure = "answered " + status;
    } catch (IOException | IllegalArgumentException e) {
      failure = e.toString();
    }
    if (d.attempt() < settings.attempts() && !closed) {
      Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(d.attempt() - 1, 20));
      LOG.info(
          "the webhook of saved search {} failed ({}); trying again in {} ms",
          s.id(),
          failure,
          wait.toMillis());
      try {
        var unused =
            timer.schedule(() -> enqueue(d.again()), wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        busy.remove(s.id()); // closing
      }
    } else {
      busy.remove(s.id());
      LOG.warn(
          "the webhook of saved search {} failed {} times ({}); a later check tries again",
          s.id(),
          d.attempt(),
          failure);
    }
  }

  private void delivered(Delivery d) {
    SavedSearch s = d.search();
    try {
      store.advanceWebhook(s.id(), s.webhook(), s.webhookMark(), d.until());
    } catch (IOException e) {
      LOG.warn(
          "recording the webhook delivery of saved search {} failed: {}", s.id(), e.toString());
    } finally {
      busy.remove(s.id());
    }
    if (d.articles().size() == BATCH) {
      check(); // there may be more
    }
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    synchronized (queue) {
      queue.clear();
      queue.notifyAll();
    }
    sender.interrupt();
    try {
      sender.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.shutdownNow(); // a receiver that hangs must not hold up the server's stop
  }
}
