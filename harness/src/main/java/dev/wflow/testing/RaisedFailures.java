package dev.wflow.testing;

import dev.wflow.testing.lua.Watchdog;
import java.util.function.Supplier;

/** What a test file's Lua raised, as the {@link Failure} it is reported as. */
final class RaisedFailures {

  private final FileContext file;
  private final Watchdog watchdog;

  /** Where a stack overflow or out-of-memory struck, in the file's Lua state. */
  private final Supplier<String> failedAt;

  RaisedFailures(FileContext file, Watchdog watchdog, Supplier<String> failedAt) {
    this.file = file;
    this.watchdog = watchdog;
    this.failedAt = failedAt;
  }

  /**
   * Whatever a test raised once its deadline passed (an interrupted call, a cancelled request) is
   * reported as the timeout it is.
   */
  Failure of(Throwable e) {
    if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
      return Failure.of(
          Failure.Kind.ERROR,
          dev.wflow.runtime.LineTracker.cause((VirtualMachineError) e),
          failedAt.get());
    }
    Failure f = FailureClassifier.classify(e, file.options().stackTraces());
    if (watchdog.expired() && f.kind() != Failure.Kind.TIMEOUT) {
      return Failure.of(
          Failure.Kind.TIMEOUT,
          "test timed out after " + dev.wflow.testing.lua.DurationText.of(watchdog.limit()),
          f.location());
    }
    return f;
  }
}
