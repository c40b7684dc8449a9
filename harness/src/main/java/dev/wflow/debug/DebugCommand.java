package dev.wflow.debug;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One parsed line of the debugger's command language; {@link CommandParser} makes them, {@link
 * DebugSession#execute} runs them. The same values come from a terminal, a script or a test.
 *
 * <pre>{@code
 * DebugCommand c = CommandParser.parse("skip 1h30m");   // new DebugCommand.Skip(PT1H30M)
 * }</pre>
 */
public sealed interface DebugCommand {

  /** {@code start [ID] [JSON]}: starts the session's workflow (or ID) with that input. */
  record Start(String workflowId, Object input, boolean hasInput) implements DebugCommand {}

  /** {@code step [N]}: lets the workflow run to its next command, N times. */
  record Step(int times) implements DebugCommand {}

  /**
   * {@code continue}: steps, skipping time to each timer, until a breakpoint or until the workflow
   * waits for the user.
   */
  record Continue() implements DebugCommand {}

  /** {@code run}: to the end, skipping time to each timer. */
  record Run() implements DebugCommand {}

  /** {@code skip DUR}: advances the virtual clock. */
  record Skip(Duration duration) implements DebugCommand {}

  /** {@code time}: the virtual clock and the time since the start. */
  record Time() implements DebugCommand {}

  /** {@code signal TOPIC [JSON]}. */
  record Signal(String topic, Object payload) implements DebugCommand {}

  /** {@code update NAME [JSON]}. */
  record Update(String name, Object payload) implements DebugCommand {}

  /** {@code query NAME}. */
  record Query(String name) implements DebugCommand {}

  /** {@code cancel}: requests cancellation. */
  record Cancel() implements DebugCommand {}

  /** {@code pending}: activity calls that wait for an answer. */
  record Pending() implements DebugCommand {}

  /**
   * {@code complete ID JSON}: answers a waiting call (its number or activity ID); {@code complete
   * ID} alone lets its mock or {@code function.lua} entry answer it (a call a breakpoint holds).
   */
  record Complete(String call, Object value, boolean byItsOwn) implements DebugCommand {}

  /** {@code fail ID KIND MSG}: fails a waiting call. */
  record Fail(String call, String kind, String message) implements DebugCommand {}

  /** {@code mock ID JSON|real}: answers an activity automatically from now on (or runs it). */
  record Mock(String activityId, Object value, boolean real) implements DebugCommand {}

  /** {@code break …}. */
  record Break(Breakpoint breakpoint) implements DebugCommand {}

  /** {@code breaks}. */
  record Breaks() implements DebugCommand {}

  /** {@code delete N}. */
  record Delete(int number) implements DebugCommand {}

  /** {@code where}: the Lua line the workflow waits at, and for what. */
  record Where() implements DebugCommand {}

  /** {@code locals}: the waiting Lua frame's local variables. */
  record Locals() implements DebugCommand {}

  /** {@code print EXPR}: a Lua expression evaluated in the waiting frame, read-only. */
  record Print(String expression) implements DebugCommand {}

  /** {@code events [--json]}. */
  record Events(boolean json) implements DebugCommand {}

  /** {@code back [N]}: rebuilds the run as it was N steps ago. */
  record Back(int steps) implements DebugCommand {}

  /** {@code goto EVENT}: rebuilds the run up to the step that wrote event EVENT. */
  record Goto(long eventId) implements DebugCommand {}

  /** {@code save history FILE}. */
  record SaveHistory(Path file) implements DebugCommand {}

  /** {@code save test NAME}: the session as a test case. */
  record SaveTest(String name) implements DebugCommand {}

  /** {@code restart}: the same workflow and input, from the start. */
  record Restart() implements DebugCommand {}

  /** {@code help [CMD]}. */
  record Help(String topic) implements DebugCommand {}

  /** {@code quit}. */
  record Quit() implements DebugCommand {}
}
