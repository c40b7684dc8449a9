package dev.wflow.debug;

import dev.wflow.temporal.UpdateOutcome;
import dev.wflow.temporal.activity.ActivityAnswer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one {@link DebugCommand} against a session. */
final class Commands {

  private final DebugSession s;

  Commands(DebugSession session) {
    this.s = session;
  }

  Reply run(DebugCommand command) {
    if (command instanceof DebugCommand.Start c) {
      return start(c);
    }
    if (command instanceof DebugCommand.Step c) {
      return new Stepping(s).step(c.times());
    }
    if (command instanceof DebugCommand.Continue c) {
      return new Stepping(s).continueToBreakpoint();
    }
    if (command instanceof DebugCommand.Run c) {
      return new Stepping(s).runToEnd();
    }
    if (command instanceof DebugCommand.Skip c) {
      return moved(new SessionInput.Skip(c.duration()));
    }
    if (command instanceof DebugCommand.Time c) {
      LiveRun live = s.running();
      return new Reply.Clock(live.now(), live.elapsedSeconds());
    }
    if (command instanceof DebugCommand.Signal c) {
      return moved(new SessionInput.Signal(c.topic(), c.payload()));
    }
    if (command instanceof DebugCommand.Update c) {
      return update(c);
    }
    if (command instanceof DebugCommand.Query c) {
      return new Reply.Value("query " + c.name(), s.running().run().query(c.name()));
    }
    if (command instanceof DebugCommand.Cancel c) {
      return moved(new SessionInput.Cancel());
    }
    if (command instanceof DebugCommand.Pending c) {
      return new Reply.Calls(s.standing().pending());
    }
    if (command instanceof DebugCommand.Complete c) {
      return c.byItsOwn()
          ? answerByHand(c.call(), null)
          : answerByHand(c.call(), Optional.of(ActivityAnswer.value(c.value())));
    }
    if (command instanceof DebugCommand.Fail c) {
      return answerByHand(
          c.call(), Optional.of(ActivityAnswer.error(c.kind(), c.message(), false)));
    }
    if (command instanceof DebugCommand.Mock c) {
      return mock(c);
    }
    if (command instanceof DebugCommand.Break c) {
      return breakpoint(c.breakpoint());
    }
    if (command instanceof DebugCommand.Breaks c) {
      return new Reply.BreakList(s.breakpoints().list());
    }
    if (command instanceof DebugCommand.Delete c) {
      return s.breakpoints().delete(c.number())
          ? new Reply.Note("deleted breakpoint " + c.number())
          : new Reply.Problem("no breakpoint " + c.number() + "; 'breaks' lists them");
    }
    if (command instanceof DebugCommand.Where c) {
      return Frames.where(s.running());
    }
    if (command instanceof DebugCommand.Locals c) {
      return Frames.locals(s.running());
    }
    if (command instanceof DebugCommand.Print c) {
      return Frames.print(s.running(), c.expression());
    }
    if (command instanceof DebugCommand.Events c) {
      LiveRun live = s.running();
      java.util.Map<Long, String> where = new java.util.HashMap<>();
      for (Reply.Issued i : IssuedEvents.since(live.events(), 0, live.sites())) {
        if (!i.where().isEmpty()) {
          where.put(i.eventId(), i.where());
        }
      }
      return new Reply.History(
          live.run().history(), Map.copyOf(where), c.json() ? live.run().historyJson() : null);
    }
    if (command instanceof DebugCommand.Back c) {
      return new TimeTravel(s).back(c.steps());
    }
    if (command instanceof DebugCommand.Goto c) {
      return new TimeTravel(s).toEvent(c.eventId());
    }
    if (command instanceof DebugCommand.SaveHistory c) {
      return Saving.history(s, c.file());
    }
    if (command instanceof DebugCommand.SaveTest c) {
      return Saving.test(s, c.name());
    }
    if (command instanceof DebugCommand.Restart c) {
      return new TimeTravel(s).restart();
    }
    if (command instanceof DebugCommand.Help c) {
      return help(c.topic());
    }
    return new Reply.Quit();
  }

  private Reply start(DebugCommand.Start c) {
    if (s.live() != null && !s.live().closed(s.live().events())) {
      return new Reply.Problem(
          "the run is already going: 'restart' starts it again, 'quit' leaves");
    }
    String id = c.workflowId() != null ? c.workflowId() : s.entryId();
    if (id == null) {
      return new Reply.Workflows(Entries.workflows(s.project()));
    }
    List<Object> input = c.hasInput() ? java.util.Collections.singletonList(c.input()) : s.args();
    if (s.replaying() && (c.hasInput() || c.workflowId() != null)) {
      return new Reply.Problem(
          "replay mode starts the recorded workflow with its recorded input: 'start'");
    }
    s.begin(id, input);
    return progressSince(0, null);
  }

  /** Applies an input from outside, records it, settles and shows what it caused. */
  private Reply moved(SessionInput input) {
    refuseInReplay();
    LiveRun live = open();
    int before = live.events().size();
    s.apply(input);
    s.recording().add(input);
    return progressSince(before, null);
  }

  private Reply update(DebugCommand.Update c) {
    refuseInReplay();
    LiveRun live = open();
    int before = live.events().size();
    var sent = Updates.send(live, c.name(), c.payload());
    s.recording().add(new SessionInput.Update(c.name(), c.payload()));
    Reply progress = progressSince(before, null);
    UpdateOutcome outcome = Updates.answer(sent);
    if (outcome == null) {
      return progress;
    }
    return outcome.error() == null
        ? new Reply.Value("update " + c.name(), outcome.value())
        : new Reply.Problem(
            "update "
                + c.name()
                + " answered "
                + outcome.error().kind()
                + ": "
                + outcome.error().message());
  }

  /** Answers a waiting call with {@code answer}; null lets its mock or function.lua answer. */
  private Reply answerByHand(String ref, Optional<ActivityAnswer> answer) {
    refuseInReplay();
    LiveRun live = s.running();
    List<HeldCall> waiting = live.held().waiting();
    if (waiting.isEmpty()) {
      return new Reply.Problem("no activity call is waiting for an answer ('pending' lists them)");
    }
    HeldCall call =
        s.answers()
            .byReference(live, ref)
            .orElseThrow(
                () ->
                    new DebugSession.SessionProblem(
                        "no waiting call "
                            + ref
                            + "; waiting: "
                            + String.join(
                                ", ",
                                waiting.stream()
                                    .map(h -> h.call().number() + " " + h.call().activityId())
                                    .toList())));
    Optional<ActivityAnswer> given = answer;
    if (given == null) {
      given =
          s.answers()
              .own(call.call())
              .orElseThrow(
                  () ->
                      new DebugSession.SessionProblem(
                          call.call().activityId()
                              + " has no mock and no function.lua entry: 'complete "
                              + call.call().number()
                              + " JSON' gives its answer"));
    }
    int before = live.events().size();
    s.recording().add(s.answer(call, given));
    return progressSince(before, null);
  }

  private Reply mock(DebugCommand.Mock c) {
    Entries.activity(s.project(), c.activityId());
    if (c.real()) {
      s.answers().real(c.activityId());
      return new Reply.Note(c.activityId() + " runs its function.lua entry from now on");
    }
    s.answers().mock(c.activityId(), c.value());
    return new Reply.Note(c.activityId() + " is answered with the mock from now on");
  }

  private Reply breakpoint(Breakpoint b) {
    if (b instanceof Breakpoint.Activity a) {
      Entries.activity(s.project(), a.id());
    }
    if (b instanceof Breakpoint.Line l && !Frames.knowsFile(s.project(), l.file())) {
      return new Reply.Problem(
          "no workflow file "
              + l.file()
              + " in the project; files: "
              + String.join(", ", Frames.workflowFiles(s.project())));
    }
    int n = s.breakpoints().add(b);
    return new Reply.Note("breakpoint " + n + ": " + b.describe());
  }

  private Reply help(String topic) {
    if (topic == null) {
      return new Reply.Help(CommandCatalog.all());
    }
    return CommandCatalog.find(topic)
        .<Reply>map(e -> new Reply.Help(List.of(e)))
        .orElseGet(
            () ->
                new Reply.Problem(
                    "no command '"
                        + topic
                        + "'"
                        + CommandCatalog.closest(topic)
                            .map(t -> " (did you mean '" + t + "'?)")
                            .orElse("")));
  }

  /** The live run when it has not ended: nothing can be sent to a closed run. */
  private LiveRun open() {
    LiveRun live = s.running();
    if (live.closed(live.events())) {
      throw new DebugSession.SessionProblem(
          "the run has ended: 'back N' or 'goto EVENT' returns to where it was open, 'restart'"
              + " begins again");
    }
    return live;
  }

  private void refuseInReplay() {
    if (s.replaying()) {
      throw new DebugSession.SessionProblem(
          "replay mode follows the recorded history: step, continue, run, back, goto");
    }
  }

  /** Settles the run, checkpoints it and shows the events since {@code before}. */
  Reply progressSince(int before, Breakpoints.Hit hit) {
    return Stepping.progress(s, before, hit, null);
  }
}
