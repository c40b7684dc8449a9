package dev.wflow.debug;

import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow time a saved test's run ends at. The session's own clock cannot say: the in-memory
 * server's clock also runs with wall time while the user thinks (time skipping only jumps it), so a
 * session that paused seven seconds before a one-hour timer ends at +1h0m7s, where the saved test,
 * whose mocks answer at once, ends at +1h. Here the session's history is re-timed the way the test
 * will run it: answers take no time, a timer fires its duration after the moment it started, and a
 * message arrives at the test clock the script sends it at.
 *
 * <pre>{@code
 * long seconds = TestClock.elapsed(history, List.of(Duration.ofHours(2)));  // a signal after 2h
 * }</pre>
 */
final class TestClock {

  private TestClock() {}

  /**
   * @param events the session's history
   * @param sent the test clock at each signal, update or cancellation the script sends, in order
   */
  static long elapsed(List<HistoryEvent> events, List<Duration> sent) {
    Duration now = Duration.ZERO;
    Map<Long, Duration> fires = new HashMap<>();
    int message = 0;
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_TIMER_STARTED -> {
          var d = e.getTimerStartedEventAttributes().getStartToFireTimeout();
          fires.put(e.getEventId(), now.plus(Duration.ofSeconds(d.getSeconds(), d.getNanos())));
        }
        case EVENT_TYPE_TIMER_FIRED ->
            now = later(now, fires.get(e.getTimerFiredEventAttributes().getStartedEventId()));
        case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
            EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
            EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED -> {
          if (message < sent.size()) {
            now = later(now, sent.get(message++));
          }
        }
        default -> {}
      }
    }
    return now.toSeconds();
  }

  private static Duration later(Duration a, Duration b) {
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
