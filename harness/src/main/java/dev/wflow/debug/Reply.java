package dev.wflow.debug;

import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.history.RunEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one debugger command answers, as a value: the CLI renders it as text, tests assert on it.
 * {@link Problem} is a mistake the user can fix (a typo, bad JSON, nothing pending); the session
 * goes on after it.
 *
 * <pre>{@code
 * Reply r = session.execute("step");
 * if (r instanceof Reply.Progress p) p.issued().forEach(i -> show(i.kind(), i.where()));
 * }</pre>
 */
public sealed interface Reply {

  /** Whether a script should count this command as failed. */
  default boolean failed() {
    return false;
  }

  /** A mistake or a refusal; nothing changed. */
  record Problem(String message) implements Reply {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /** A confirmation ("breakpoint 1: timer"). */
  record Note(String message) implements Reply {}

  /**
   * The run moved: the commands and events it produced, and where it stands now.
   *
   * @param issued what the history gained, oldest first
   * @param standing where the run stands now
   * @param hit the breakpoint that stopped {@code continue}, or null
   * @param divergence a determinism failure found while rebuilding or replaying, or null
   */
  record Progress(List<Issued> issued, Standing standing, Breakpoints.Hit hit, String divergence)
      implements Reply {
    @Override
    public boolean failed() {
      return divergence != null;
    }
  }

  /**
   * One event the run's history gained.
   *
   * @param eventId its ID in the history ({@code goto} takes it)
   * @param kind {@code activity}, {@code timer}, {@code child}, {@code signal}, {@code completed},
   *     {@code failed}… or the event type for the rest
   * @param detail the activity ID, timer duration, topic, result…
   * @param where the Lua {@code file:line} that issued it, or empty
   */
  record Issued(long eventId, String kind, String detail, String where) {}

  /**
   * Where the run stands between two commands.
   *
   * @param workflowId the workflow ID, or null before {@code start}
   * @param entryId the workflow entry
   * @param status {@code not started}, {@code running}, {@code completed}…
   * @param waiting what it waits for with its Lua line ("result of app:charge at src/o.lua:31")
   * @param pending activity calls that wait for the user
   * @param elapsedSeconds workflow time since the start
   * @param outcome how it ended, once closed
   * @param hint what would move it on ("skip 1h", "complete 1 JSON"), or empty
   */
  record Standing(
      String workflowId,
      String entryId,
      String status,
      String waiting,
      List<PendingCall> pending,
      long elapsedSeconds,
      RunOutcome outcome,
      String hint) {}

  /** {@code time}: the virtual clock. */
  record Clock(Instant now, long elapsedSeconds) implements Reply {}

  /** {@code pending}. */
  record Calls(List<PendingCall> calls) implements Reply {}

  /** A value: a query's or update's answer, or a printed expression. */
  record Value(String label, Object value) implements Reply {}

  /**
   * {@code events}: the readable events, and Temporal's JSON when asked for.
   *
   * @param where the Lua {@code file:line} that caused each event that has one, by event ID
   */
  record History(List<RunEvent> events, Map<Long, String> where, String json) implements Reply {}

  /** {@code where}: what the run waits for, at which Lua line, with the Lua stack when known. */
  record Where(String waiting, List<String> stack) implements Reply {}

  /** {@code locals}: names and values of the waiting frame's locals, innermost frame first. */
  record Locals(String frame, Map<String, Object> values) implements Reply {}

  /** {@code breaks}. */
  record BreakList(List<Breakpoints.Numbered> breakpoints) implements Reply {}

  /** {@code help}: all commands, or one. */
  record Help(List<CommandCatalog.Entry> commands) implements Reply {}

  /** The project's workflows, when the session has none yet. */
  record Workflows(List<String> ids) implements Reply {}

  /** {@code quit}. */
  record Quit() implements Reply {}
}
