package dev.wflow.temporal;

import dev.wflow.temporal.workflow.ExecutionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the time-skipping server's clock from racing ahead when a run closes.
 *
 * <p>Every activity leaves a timer on the test server for its schedule-to-close, which, as on the
 * platform, is not set, so the server uses the run's timeout: ten years. The timer stays after the
 * activity is done. While a caller waits for a result, time skipping is on; between the run's close
 * and the caller switching it off again, the server sees nothing but those stale timers and jumps
 * ten years — and after some thirty runs its clock (nanoseconds in a long) overflows. So when a run
 * somebody waits for closes, the server's timer thread is held until the waiter has its result.
 *
 * <pre>{@code
 * ClockHold hold = new ClockHold(backend);
 * hold.waiting(workflowId, true);   // around the result wait
 * }</pre>
 */
final class ClockHold implements ExecutionListener {

  /** Longer than any waiter needs to see a close; short enough not to stall anything for long. */
  private static final Duration MAX_HOLD = Duration.ofSeconds(2);

  private final TemporalBackend backend;
  private final Map<String, Integer> waiters = new ConcurrentHashMap<>();

  ClockHold(TemporalBackend backend) {
    this.backend = backend;
  }

  /** A caller starts ({@code true}) or stops waiting for the result of {@code workflowId}. */
  void waiting(String workflowId, boolean waits) {
    waiters.merge(workflowId, waits ? 1 : -1, (a, b) -> a + b == 0 ? null : a + b);
  }

  @Override
  public void closed(Execution run, Closing how) {
    String id = run.workflowId();
    if (!run.replaying() && how != Closing.CONTINUED_AS_NEW && waiters.containsKey(id)) {
      backend.holdClock(() -> !waiters.containsKey(id), MAX_HOLD);
    }
  }
}
