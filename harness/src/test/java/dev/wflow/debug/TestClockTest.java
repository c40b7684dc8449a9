package dev.wflow.debug;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.TimerFiredEventAttributes;
import io.temporal.api.history.v1.TimerStartedEventAttributes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A saved test ends at the workflow time its timers and messages make, not at the session's clock,
 * which also ran while the user thought.
 */
class TestClockTest {

  private static HistoryEvent event(long id, EventType type, long atSeconds) {
    return HistoryEvent.newBuilder()
        .setEventId(id)
        .setEventType(type)
        .setEventTime(Timestamp.newBuilder().setSeconds(1_800_000_000L + atSeconds))
        .build();
  }

  private static HistoryEvent timer(long id, long atSeconds, Duration d) {
    return event(id, EventType.EVENT_TYPE_TIMER_STARTED, atSeconds).toBuilder()
        .setTimerStartedEventAttributes(
            TimerStartedEventAttributes.newBuilder()
                .setStartToFireTimeout(
                    com.google.protobuf.Duration.newBuilder().setSeconds(d.toSeconds())))
        .build();
  }

  private static HistoryEvent fired(long id, long started, long atSeconds) {
    return event(id, EventType.EVENT_TYPE_TIMER_FIRED, atSeconds).toBuilder()
        .setTimerFiredEventAttributes(
            TimerFiredEventAttributes.newBuilder().setStartedEventId(started))
        .build();
  }

  @Test
  void theUsersThinkingTimeIsNoWorkflowTime() {
    // The user waited 7 s before answering the activity that precedes a one-hour timer.
    List<HistoryEvent> session =
        List.of(
            event(1, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, 0),
            event(5, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, 0),
            event(7, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED, 7),
            timer(11, 7, Duration.ofHours(1)),
            fired(12, 11, 3607),
            event(22, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED, 3607));
    assertThat(TestClock.elapsed(session, List.of())).isEqualTo(3600);
  }

  @Test
  void aMessageArrivesWhenTheScriptSendsItAndATimerThatFiredEarlierDoesNotMoveTheClockBack() {
    List<HistoryEvent> session =
        List.of(
            event(1, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, 0),
            timer(5, 3, Duration.ofMinutes(30)),
            fired(6, 5, 1803),
            event(7, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, 7215),
            timer(11, 7215, Duration.ofMinutes(1)),
            event(12, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, 7220),
            event(16, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED, 7221));
    // The script sleeps 2h, signals, then signals again at once; the second timer never fires.
    assertThat(TestClock.elapsed(session, List.of(Duration.ofHours(2), Duration.ofHours(2))))
        .isEqualTo(7200);
  }
}
