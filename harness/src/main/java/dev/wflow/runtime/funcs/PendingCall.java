package dev.wflow.runtime.funcs;

import java.util.function.Function;
import org.luaj.vm2.LuaValue;

/**
 * A started function call, as the context that runs it knows it: an activity of a workflow, or a
 * call running on a thread of its own for test code and activities.
 */
public interface PendingCall {

  /** The outcome once the call ended, else null; never waits. */
  CallOutcome outcome();

  /** Waits until the call ends (blocks the Lua thread, or yields the workflow) and returns how. */
  CallOutcome await();

  /**
   * A channel of the context's kind ({@code ch:receive()}, {@code ch:case_receive()}) that gets
   * {@code delivery} of the outcome once, when the call ends.
   */
  LuaValue channel(Function<CallOutcome, LuaValue> delivery);

  /** Asks the call to stop; best effort, as on the platform. */
  void cancel();
}
