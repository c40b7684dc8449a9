package dev.wflow.debug;

import io.temporal.api.history.v1.HistoryEvent;
import java.util.List;

/**
 * {@code back}, {@code goto} and {@code restart}: a fresh run of the same workflow and input is fed
 * the session's recorded inputs up to the chosen point. Workflows are deterministic, so it must
 * reach the state the session had there; a run that issues other commands is a determinism failure,
 * reported at the Lua line of the first command that differs.
 */
final class TimeTravel {

  private final DebugSession s;

  TimeTravel(DebugSession session) {
    this.s = session;
  }

  Reply back(int steps) {
    s.running();
    List<DebugSession.Recording.Checkpoint> points = s.recording().checkpoints();
    int target = points.size() - 1 - steps;
    if (target < 0) {
      return new Reply.Problem(
          "only "
              + (points.size() - 1)
              + " step"
              + (points.size() == 2 ? "" : "s")
              + " to go back; 'restart' goes to the start");
    }
    return rebuild(target);
  }

  Reply toEvent(long eventId) {
    s.running();
    List<DebugSession.Recording.Checkpoint> points = s.recording().checkpoints();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).events() >= eventId) {
        return rebuild(i);
      }
    }
    return new Reply.Problem(
        "the history has only "
            + points.get(points.size() - 1).events()
            + " events; 'events' lists them");
  }

  Reply restart() {
    if (s.entryId() == null) {
      return new Reply.Problem("nothing to restart: 'start ID [JSON]'");
    }
    s.begin(s.entryId(), s.args());
    if (s.replaying()) {
      s.replay().rewind(0);
    }
    return Stepping.progress(s, 0, null, null);
  }

  private Reply rebuild(int index) {
    DebugSession.Recording.Checkpoint point = s.recording().checkpoints().get(index);
    List<SessionInput> inputs = s.recording().inputs().subList(0, point.inputs());
    s.recording().truncate(index);
    // Re-running the inputs records them again through the same path as the first time.
    List<SessionInput> replayed = List.copyOf(inputs);
    s.recording().clear();
    s.relaunch();
    if (s.replaying()) {
      s.replay().rewind(0);
    }
    String problem = s.settle();
    s.recording().checkpoint(s.live().events().size(), IssuedEvents.signature(s.live().events()));
    int fed = 0;
    for (SessionInput input : replayed) {
      if (problem != null) {
        break;
      }
      s.apply(input);
      s.recording().add(input);
      if (s.replaying()) {
        s.replay().skipFed();
      }
      fed++;
      problem = s.settle();
      List<HistoryEvent> events = s.live().events();
      s.recording().checkpoint(events.size(), IssuedEvents.signature(events));
    }
    List<HistoryEvent> events = s.live().events();
    List<String> now = IssuedEvents.signature(events);
    String divergence =
        problem != null ? problem : Divergence.between(point.signature(), now, s.live().sites());
    return new Reply.Progress(List.of(), s.standing(), null, divergence);
  }
}
