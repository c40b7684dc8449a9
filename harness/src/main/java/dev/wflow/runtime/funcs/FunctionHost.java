package dev.wflow.runtime.funcs;

/**
 * Where a context's {@code funcs} calls go: a workflow schedules an activity, test code and
 * activities run the entry on a thread of their own.
 */
@FunctionalInterface
public interface FunctionHost {

  /**
   * Starts {@code call}.
   *
   * @throws IllegalArgumentException for options the context cannot honour (an {@code Invalid}
   *     error for the caller)
   */
  PendingCall start(FunctionCall call);
}
