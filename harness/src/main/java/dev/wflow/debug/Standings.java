package dev.wflow.debug;

import dev.wflow.runtime.GoDuration;
import dev.wflow.temporal.RunOutcome;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.List;

/** Where a session's run stands, and what would move it on. */
final class Standings {

  private Standings() {}

  static Reply.Standing of(DebugSession s) {
    LiveRun live = s.live();
    if (live == null) {
      return new Reply.Standing(
          null,
          s.entryId(),
          "not started",
          "",
          List.of(),
          0,
          null,
          s.entryId() == null ? "start ID [JSON]" : "start [JSON]");
    }
    List<HistoryEvent> events = live.events();
    List<PendingCall> pending =
        live.held().waiting().stream()
            .map(
                c ->
                    c.call()
                        .withReason(
                            s.replaying()
                                ? "the recording answers it on 'step'"
                                : s.answers().reason(c.call())))
            .toList();
    if (live.closed(events)) {
      RunOutcome outcome = live.run().result(Duration.ofSeconds(10));
      return new Reply.Standing(
          live.run().workflowId(),
          s.entryId(),
          outcome.status().label(),
          "",
          List.of(),
          outcome.elapsedSeconds(),
          outcome,
          s.replaying() ? "back N, goto EVENT, restart" : "back N, restart, save test NAME");
    }
    return new Reply.Standing(
        live.run().workflowId(),
        s.entryId(),
        "running",
        live.waiting(),
        pending,
        live.elapsedSeconds(),
        null,
        hint(s, live, pending));
  }

  private static String hint(DebugSession s, LiveRun live, List<PendingCall> pending) {
    if (s.replaying()) {
      return s.replay().remaining() > 0 ? "step" : "the recording ends here";
    }
    for (PendingCall c : pending) {
      if (s.answers().automatic(c).isPresent()) {
        return "step";
      }
    }
    if (!pending.isEmpty()) {
      return "complete "
          + pending.get(0).number()
          + " JSON, or fail "
          + pending.get(0).number()
          + " KIND MSG";
    }
    Duration timer = live.nextTimer();
    if (timer != null) {
      // The test server's clock also moves with wall time; whole seconds read better.
      long seconds = (timer.toMillis() + 999) / 1000;
      return "skip "
          + GoDuration.format(Duration.ofSeconds(Math.max(1, seconds)))
          + " (to its timer)";
    }
    if (live.anyBackingOff()) {
      return "skip 1s (a retry waits out its backoff)";
    }
    String waiting = live.waiting();
    if (waiting.startsWith("receive") || waiting.contains("select")) {
      return "signal TOPIC [JSON]";
    }
    return "";
  }
}
