package dev.wflow.debug;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.RunClosedException;
import dev.wflow.temporal.activity.ActivityAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The debugger: one workflow run on Temporal's in-memory server that moves only when the user says
 * so. Every activity call is held until it is answered (by a mock, the project's own {@code
 * function.lua} entry, or by hand); the clock moves only with {@code skip} and {@code run}; so the
 * run always stands between two workflow tasks when a command returns, never inside one (DESIGN §3:
 * a workflow task has a wall-clock timeout).
 *
 * <pre>{@code
 * try (DebugSession s = DebugSession.open(project, options)) {
 *   s.execute("start {\"id\":\"o1\",\"total\":42}");
 *   Reply r = s.execute("step");       // Reply.Progress: the commands issued, with Lua lines
 *   s.execute("complete 1 {\"id\":\"pay-1\"}");
 *   s.execute("back 1");               // rebuilt from the recorded inputs
 * }
 * }</pre>
 *
 * <p>Commands run one at a time on the caller's thread; only {@link #interrupt} may come from
 * another (Ctrl-C during {@code run} or {@code continue}).
 */
public final class DebugSession implements AutoCloseable {

  private final LuaProject project;
  private final SessionOptions options;
  private final Breakpoints breakpoints = new Breakpoints();
  private final Answers answers;
  private final Recording recording = new Recording();
  private final Replay replay;
  private String entryId;
  private List<Object> args = List.of();
  private LiveRun live;
  private volatile boolean interrupted;

  private DebugSession(LuaProject project, SessionOptions options, Replay replay) {
    this.project = project;
    this.options = options;
    this.answers = new Answers(project, breakpoints);
    this.replay = replay;
    this.entryId = replay != null ? replay.entryId() : options.workflowId();
    if (replay != null) {
      this.args = replay.args();
    } else if (options.hasInput()) {
      this.args = java.util.Collections.singletonList(options.input());
    }
  }

  /**
   * Opens a session; nothing runs until {@code start}.
   *
   * @throws IllegalArgumentException when the workflow or the history does not fit the project
   */
  public static DebugSession open(LuaProject project, SessionOptions options) {
    Replay replay = options.history() == null ? null : Replay.read(project, options.history());
    if (replay == null && options.workflowId() != null) {
      Entries.workflow(project, options.workflowId());
    }
    return new DebugSession(project, options, replay);
  }

  public LuaProject project() {
    return project;
  }

  /** Whether the session steps through a recorded history instead of a live run. */
  public boolean replaying() {
    return replay != null;
  }

  /** Parses and runs one line; a syntax error is a {@link Reply.Problem}, never an exception. */
  public Reply execute(String line) {
    DebugCommand command;
    try {
      command = CommandParser.parse(line);
    } catch (CommandSyntaxException e) {
      return new Reply.Problem(e.getMessage());
    }
    return execute(command);
  }

  /** Runs one command. */
  public Reply execute(DebugCommand command) {
    interrupted = false;
    try {
      return new Commands(this).run(command);
    } catch (SessionProblem e) {
      return new Reply.Problem(e.getMessage());
    } catch (RunClosedException e) {
      return new Reply.Problem(e.getMessage());
    } catch (io.grpc.StatusRuntimeException e) {
      return new Reply.Problem("Temporal refused it: " + e.getStatus().getDescription());
    }
  }

  /** Stops a {@code run} or {@code continue} at the next step, from any thread. */
  public void interrupt() {
    interrupted = true;
  }

  boolean interrupted() {
    return interrupted;
  }

  /** Where the run stands (for a prompt). */
  public Reply.Standing standing() {
    return Standings.of(this);
  }

  // The parts of the session the command implementations share.

  Answers answers() {
    return answers;
  }

  Breakpoints breakpoints() {
    return breakpoints;
  }

  Recording recording() {
    return recording;
  }

  Replay replay() {
    return replay;
  }

  SessionOptions options() {
    return options;
  }

  String entryId() {
    return entryId;
  }

  List<Object> args() {
    return args;
  }

  LiveRun live() {
    return live;
  }

  /** The live run, or a problem telling the user to start one. */
  LiveRun running() {
    if (live == null) {
      throw new SessionProblem(
          entryId == null
              ? "nothing started: 'start ID [JSON]' (workflows: "
                  + String.join(", ", Entries.workflows(project))
                  + ")"
              : "not started yet: 'start [JSON]'");
    }
    return live;
  }

  /** Starts a fresh run of {@code id} with {@code input}, dropping the old one and its inputs. */
  void begin(String id, List<Object> input) {
    if (id != null) {
      Entries.workflow(project, id);
      entryId = id;
    }
    args = input;
    recording.clear();
    answers.resetOrdinals();
    relaunch();
  }

  /** A new run of the same entry and input (for rebuilds), closing the old one. */
  void relaunch() {
    if (live != null) {
      live.close();
      live = null;
    }
    live = LiveRun.start(project, options.runawayLimit(), entryId, args, options.log());
  }

  /** Applies one input to the live run (no settle); records it when {@code record}. */
  void apply(SessionInput input) {
    LiveRun run = running();
    if (input instanceof SessionInput.Answer a) {
      HeldCall call =
          answers
              .find(run, a.workflowId(), a.activityId(), a.ordinal())
              .orElseThrow(
                  () ->
                      new SessionProblem(
                          "the run has no waiting call #"
                              + a.ordinal()
                              + " of "
                              + a.activityId()
                              + " (it diverged from the recording)"));
      run.release(call, Optional.of(a.answer()));
    } else if (input instanceof SessionInput.Skip k) {
      run.skip(k.duration());
    } else if (input instanceof SessionInput.SkipTo k) {
      Duration left = k.offset().minusSeconds(run.elapsedSeconds());
      if (left.compareTo(Duration.ZERO) > 0) {
        run.skip(left);
      }
    } else if (input instanceof SessionInput.Signal g) {
      run.run().signal(g.topic(), g.payload());
    } else if (input instanceof SessionInput.Update u) {
      Updates.send(run, u.name(), u.payload());
    } else if (input instanceof SessionInput.Cancel) {
      run.run().cancel();
    }
  }

  /** Releases {@code call} with {@code answer} and records it as an input. */
  SessionInput.Answer answer(HeldCall call, Optional<ActivityAnswer> answer) {
    LiveRun run = running();
    int ordinal = answers.ordinalOf(run, call);
    ActivityAnswer given = run.release(call, answer);
    return new SessionInput.Answer(
        call.call().workflowId(), call.call().activityId(), ordinal, given);
  }

  /** Waits for the run to settle; a reason it did not becomes a problem. */
  String settle() {
    return running().settle(this::interrupted);
  }

  /** The entry IDs and topics a front end completes. */
  public Completions completions() {
    return new Completions(
        Entries.workflows(project),
        Entries.activities(project),
        Entries.topics(project),
        live == null
            ? List.of()
            : live.held().waiting().stream()
                .map(c -> Integer.toString(c.call().number()))
                .toList());
  }

  /** What a front end can complete. */
  public record Completions(
      List<String> workflows, List<String> activities, List<String> topics, List<String> pending) {}

  @Override
  public void close() {
    if (live != null) {
      live.close();
      live = null;
    }
  }

  /** A command that cannot be done now; the session goes on. */
  static final class SessionProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SessionProblem(String message) {
      super(message);
    }
  }

  /** The session's inputs and the state after each command that moved the run. */
  static final class Recording {
    /** After a command: how many inputs and events there were. */
    record Checkpoint(int inputs, int events, List<String> signature) {}

    private final List<SessionInput> inputs = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    void clear() {
      inputs.clear();
      checkpoints.clear();
    }

    void add(SessionInput input) {
      inputs.add(input);
    }

    List<SessionInput> inputs() {
      return List.copyOf(inputs);
    }

    /**
     * Records where a command left the run; one that moved nothing (a step of a closed run, a
     * second {@code run}) adds no point, so {@code back 1} always goes to a different state.
     */
    void checkpoint(int events, List<String> signature) {
      Checkpoint point = new Checkpoint(inputs.size(), events, signature);
      if (!checkpoints.isEmpty() && checkpoints.get(checkpoints.size() - 1).equals(point)) {
        return;
      }
      checkpoints.add(point);
    }

    List<Checkpoint> checkpoints() {
      return List.copyOf(checkpoints);
    }

    /** Keeps the inputs and checkpoints up to checkpoint {@code index}. */
    void truncate(int index) {
      Checkpoint keep = checkpoints.get(index);
      inputs.subList(keep.inputs(), inputs.size()).clear();
      checkpoints.subList(index + 1, checkpoints.size()).clear();
    }
  }
}
