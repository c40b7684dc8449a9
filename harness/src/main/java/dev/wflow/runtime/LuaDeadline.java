package dev.wflow.runtime;

/**
 * A Lua state's time limit, checked by built-in functions that can run long inside one call
 * (pattern matching), where no instruction hook sees them. Implemented by the state's debug hook:
 * the runtime's {@link LineTracker} (the no-yield budget) and the test runner's watchdog (the
 * test's timeout).
 *
 * <pre>{@code
 * if (globals.debuglib instanceof LuaDeadline d) d.checkDeadline();
 * }</pre>
 */
public interface LuaDeadline {

  /** Throws the state's own timeout error when its time is up; otherwise returns at once. */
  void checkDeadline();
}
