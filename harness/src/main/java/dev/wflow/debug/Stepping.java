package dev.wflow.debug;

import dev.wflow.temporal.activity.ActivityAnswer;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code step}, {@code continue} and {@code run}: each step answers one held activity call the
 * session can answer by itself (in replay mode: feeds the next recorded input), then lets the run
 * settle, so a step ends where the workflow has issued its next commands and waits again. {@code
 * step} never moves the clock; {@code continue} and {@code run} skip it to the next timer when
 * nothing else can move the run.
 */
final class Stepping {

  private static final Duration LONGEST_BACKOFF_SKIP = Duration.ofMinutes(10);

  /**
   * Steps one {@code run} or {@code continue} takes before it hands the prompt back: a workflow
   * that never ends must not hang a script (a terminal user also has Ctrl-C).
   */
  static final int STEP_LIMIT = 1000;

  private final DebugSession s;

  Stepping(DebugSession session) {
    this.s = session;
  }

  Reply step(int times) {
    LiveRun live = s.running();
    int before = live.events().size();
    for (int i = 0; i < times && !s.interrupted(); i++) {
      if (!stepOnce(live)) {
        break;
      }
      String why = s.settle();
      if (why != null) {
        return progress(s, before, null, why);
      }
    }
    return progress(s, before, null, null);
  }

  /**
   * Moves the run as {@code run} does, skipping time to each timer, but stops at the first
   * breakpoint. A debugger's "continue" means "until something I asked to see happens"; one that
   * stopped at every timer would leave a user who set a breakpoint after a one-hour sleep typing
   * {@code skip 1h} by hand, and {@code continue} would do nothing at all on a workflow that only
   * waits out time.
   */
  Reply continueToBreakpoint() {
    return advance(true);
  }

  /** To the end (or until only the user can move the run), skipping time, past breakpoints. */
  Reply runToEnd() {
    return advance(false);
  }

  private Reply advance(boolean stopAtBreakpoints) {
    LiveRun live = s.running();
    int before = live.events().size();
    Duration backoff = Duration.ofSeconds(1);
    int steps = 0;
    while (!s.interrupted() && !live.closed(live.events())) {
      if (steps++ == STEP_LIMIT) {
        return progress(
            s,
            before,
            null,
            "still running after "
                + STEP_LIMIT
                + " steps (a workflow that never ends?): the same command goes on");
      }
      int from = live.events().size();
      if (!stepOnce(live)) {
        if (s.replaying() || !live.held().waiting().isEmpty()) {
          break; // only the user can answer what waits now
        }
        Duration timer = live.nextTimer();
        if (timer != null) {
          skip(timer);
        } else if (live.anyBackingOff()) {
          skip(backoff);
          backoff =
              backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF_SKIP) > 0
                  ? LONGEST_BACKOFF_SKIP
                  : backoff.multipliedBy(2);
        } else {
          break; // waits for a signal, an update or a cancel
        }
      }
      String why = s.settle();
      if (why != null) {
        return progress(s, before, null, why);
      }
      if (stopAtBreakpoints) {
        Optional<Breakpoints.Hit> hit = s.breakpoints().firstMatch(stops(live, from));
        if (hit.isPresent()) {
          return progress(s, before, hit.get(), null);
        }
      }
    }
    return progress(s, before, null, s.interrupted() ? "interrupted" : null);
  }

  private void skip(Duration d) {
    SessionInput.Skip input = new SessionInput.Skip(d);
    s.apply(input);
    s.recording().add(input);
  }

  /** Moves the run by one input of its own; false when only the user can move it. */
  private boolean stepOnce(LiveRun live) {
    if (live.closed(live.events())) {
      return false;
    }
    if (s.replaying()) {
      return s.replay().feedNext(s);
    }
    for (HeldCall call : live.held().waiting()) {
      Optional<Optional<ActivityAnswer>> auto = s.answers().automatic(call.call());
      if (auto.isPresent()) {
        s.recording().add(s.answer(call, auto.get()));
        return true;
      }
    }
    return false;
  }

  /** What the run did since event index {@code from}, as breakpoints see it. */
  private static List<Breakpoint.Stop> stops(LiveRun live, int from) {
    List<HistoryEvent> events = live.events();
    List<Breakpoint.Stop> stops = new ArrayList<>();
    for (Reply.Issued i : IssuedEvents.since(events, from, live.sites())) {
      stops.add(new Breakpoint.Stop(i.kind(), i.detail(), i.where()));
    }
    for (int i = from; i < events.size(); i++) {
      stops.add(new Breakpoint.Stop("event", typeName(events.get(i)), ""));
    }
    stops.add(new Breakpoint.Stop("wait", "", Frames.lineOf(live.waiting())));
    return stops;
  }

  /** {@code TimerFired} for {@code EVENT_TYPE_TIMER_FIRED}. */
  static String typeName(HistoryEvent e) {
    StringBuilder out = new StringBuilder();
    for (String part : e.getEventType().name().replace("EVENT_TYPE_", "").split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * Settles the run, checkpoints it for time travel, and shows the events since index {@code
   * before}; in replay mode it also compares the run with the recording.
   */
  static Reply progress(DebugSession s, int before, Breakpoints.Hit hit, String problem) {
    LiveRun live = s.running();
    String why = problem != null ? problem : s.settle();
    List<HistoryEvent> events = live.events();
    List<String> signature = IssuedEvents.signature(events);
    s.recording().checkpoint(events.size(), signature);
    if (why == null && s.replaying()) {
      why = s.replay().divergence(signature, live.sites());
    }
    return new Reply.Progress(
        IssuedEvents.since(events, before, live.sites()), s.standing(), hit, why);
  }
}
