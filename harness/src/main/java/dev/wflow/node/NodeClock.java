package dev.wflow.node;

import dev.wflow.temporal.LocalEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The node's clock for regular processes: the environment's virtual clock. Timers of test code
 * ({@code time.after}, {@code time.sleep}) fall due in virtual time, and while a regular process
 * waits the clock is moved on (the in-memory server skips to the next workflow timer on the way),
 * so a test that waits five seconds for a workflow costs no wall time.
 *
 * <pre>{@code
 * CompletableFuture<Void> due = clock.timer(Duration.ofSeconds(5));
 * clock.drive(wake);     // on a helper thread: let time pass until wake completes
 * }</pre>
 */
final class NodeClock {

  /** How far the clock moves at a time while a process waits with no timer of its own. */
  private static final Duration STEP = Duration.ofSeconds(10);

  private static final ExecutorService DRIVERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "wflow-node-clock");
            t.setDaemon(true);
            return t;
          });

  private record Timer(Instant due, CompletableFuture<Void> fired) {}

  private final LocalEnvironment env;
  private final Runnable settle;
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>((a, b) -> a.due().compareTo(b.due()));
  private boolean driving;
  private volatile boolean closed;

  /**
   * @param settle delivers what closed runs owe their watchers; it runs before timers fire, so a
   *     workflow that ended before a deadline is seen to have ended first (its EXIT is ready when
   *     the deadline is)
   */
  NodeClock(LocalEnvironment env, Runnable settle) {
    this.env = env;
    this.settle = settle;
  }

  Instant now() {
    return env.now();
  }

  /** Completes once {@code d} of virtual time has passed. */
  synchronized CompletableFuture<Void> timer(Duration d) {
    CompletableFuture<Void> fired = new CompletableFuture<>();
    if (d.isNegative() || d.isZero()) {
      fired.complete(null);
      return fired;
    }
    timers.add(new Timer(now().plus(d), fired));
    return fired;
  }

  /** Lets virtual time pass on a helper thread until {@code wake} completes. */
  void drive(CompletableFuture<?> wake) {
    synchronized (this) {
      fireDue();
      if (wake.isDone() || driving || closed) {
        return;
      }
      driving = true;
    }
    DRIVERS.execute(
        () -> {
          try {
            while (!wake.isDone() && !closed) {
              env.sleep(nextStep());
              settle.run();
              synchronized (this) {
                fireDue();
              }
            }
          } catch (RuntimeException e) {
            // The environment is shutting down: nothing waits for the clock any more.
          } finally {
            synchronized (this) {
              driving = false;
            }
          }
        });
  }

  private synchronized Duration nextStep() {
    Timer next = timers.peek();
    if (next == null) {
      return STEP;
    }
    Duration left = Duration.between(now(), next.due());
    return left.isNegative() || left.isZero()
        ? Duration.ofMillis(1)
        : left.compareTo(STEP) < 0 ? left : STEP;
  }

  private void fireDue() {
    Instant now = now();
    while (!timers.isEmpty() && !timers.peek().due().isAfter(now)) {
      timers.poll().fired().complete(null);
    }
  }

  void close() {
    closed = true;
  }
}
