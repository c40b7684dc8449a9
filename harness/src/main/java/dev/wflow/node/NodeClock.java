package dev.wflow.node;

import dev.wflow.temporal.LocalEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
@SuppressWarnings("unchecked")
final class NodeClock {

  /** How often the helper looks again while time flows on its own. */
  private static final Duration PAUSE = Duration.ofMillis(20);

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
  private final Runnable quiesce;
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>((a, b) -> a.due().compareTo(b.due()));
  private final List<CompletableFuture<?>> waking = new ArrayList<>();
  private boolean driving;
  private volatile boolean closed;

  /**
   * @param settle delivers what closed runs owe their watchers; it runs before timers fire, so a
   *     workflow that ended before a deadline is seen to have ended first (its EXIT is ready when
   *     the deadline is)
   * @param quiesce lets runs that were just started or signalled take their workflow task before
   *     the clock jumps: the in-memory server would otherwise skip past a deadline of test code
   *     before such a run has even begun
   */
  NodeClock(LocalEnvironment env, Runnable settle, Runnable quiesce) {
    this.env = env;
    this.settle = settle;
    this.quiesce = quiesce;
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
    notifyAll();
    return fired;
  }

  /**
   * Lets virtual time pass on a helper thread until {@code wake} completes. One helper serves every
   * waiting process: a wait that starts while it runs joins it.
   */
  void drive(CompletableFuture<?> wake) {
    List<CompletableFuture<?>> fired;
    synchronized (this) {
      fired = fireDue();
      if (wake.isDone() || closed) {
        complete(fired);
        return;
      }
      waking.add(wake);
      if (driving) {
        complete(fired);
        return;
      }
      driving = true;
    }
    complete(fired);
    DRIVERS.execute(this::run);
  }

  /**
   * The helper: up to the next timer of a regular process the clock is moved on ({@code sleep});
   * with none, time flows as it does while a client waits for a result, skipping ahead only while
   * the workflows are idle, so an activity still running never sees its timeout go by.
   */
  private void run() {
    boolean flowing = false;
    try {
      while (stillWaited()) {
        Duration step = nextStep();
        if (step != null) {
          flowing = flow(flowing, false);
          quiesce.run();
          settle.run();
          if (!stillWaited()) {
            break;
          }
          // What ran meanwhile may have set an earlier timer: jump only as far as the next one.
          Duration next = nextStep();
          env.sleep(next == null ? step : next);
        } else {
          flowing = flow(flowing, true);
          pause();
        }
        settle.run();
        List<CompletableFuture<?>> fired;
        synchronized (this) {
          fired = fireDue();
        }
        complete(fired);
      }
      flow(flowing, false);
    } catch (RuntimeException e) {
      // The environment is shutting down: nothing waits for the clock any more.
      synchronized (this) {
        driving = false;
        waking.clear();
      }
    }
  }

  private boolean flow(boolean flowing, boolean wanted) {
    if (flowing != wanted) {
      env.timeFlows(wanted);
    }
    return wanted;
  }

  /** Waits a little, or until a timer is added. */
  private synchronized void pause() {
    try {
      wait(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** True while some process waits; else the helper stops (under the lock, so none is missed). */
  private synchronized boolean stillWaited() {
    waking.removeIf(CompletableFuture::isDone);
    if (waking.isEmpty() || closed) {
      driving = false;
      return false;
    }
    return true;
  }

  private static void complete(List<CompletableFuture<?>> fired) {
    fired.forEach(f -> ((CompletableFuture<Void>) f).complete(null));
  }

  /** Virtual time to the next timer of a regular process, or null when there is none. */
  private synchronized Duration nextStep() {
    Timer next = timers.peek();
    if (next == null) {
      return null;
    }
    Duration left = Duration.between(now(), next.due());
    return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
  }

  /** Takes the timers that are due; the caller completes them outside the lock. */
  private List<CompletableFuture<?>> fireDue() {
    List<CompletableFuture<?>> due = new ArrayList<>();
    Instant now = now();
    while (!timers.isEmpty() && !timers.peek().due().isAfter(now)) {
      due.add(timers.poll().fired());
    }
    return due;
  }

  void close() {
    closed = true;
  }
}
