package dev.wflow.testing;

import dev.wflow.testing.lua.AssertionFailed;
import dev.wflow.testing.lua.LuaErrorView;
import dev.wflow.testing.lua.TestTimedOut;
import org.luaj.vm2.LuaError;

/** Turns what a test raised into a {@link Failure} and the {@link Outcome} it implies. */
final class FailureClassifier {

  private FailureClassifier() {}

  /** Like {@link #classify(Throwable)}, with the Java stack trace of a wflow bug when asked. */
  static Failure classify(Throwable t, boolean stackTraces) {
    Failure f = classify(t);
    Throwable bug = t instanceof LuaError e && e.getCause() != null ? e.getCause() : t;
    if (!stackTraces || bug instanceof LuaError) {
      return f;
    }
    java.io.StringWriter trace = new java.io.StringWriter();
    bug.printStackTrace(new java.io.PrintWriter(trace));
    return new Failure(
        f.kind(),
        f.message() + "\n" + trace.toString().strip(),
        f.location(),
        f.expected(),
        f.actual(),
        f.historyTail(),
        f.reproduction());
  }

  static Failure classify(Throwable t) {
    if (t instanceof AssertionFailed a) {
      return new Failure(
          Failure.Kind.ASSERTION,
          a.note() == null ? a.text() : a.text() + " (" + a.note() + ")",
          a.location(),
          a.expected(),
          a.actual(),
          java.util.List.of(),
          null);
    }
    if (t instanceof TestTimedOut timedOut) {
      LuaErrorView v = LuaErrorView.of(timedOut);
      return Failure.of(Failure.Kind.TIMEOUT, v.message(), v.location());
    }
    if (t instanceof LuaError e) {
      if (e.getCause() instanceof RuntimeException cause && !(cause instanceof LuaError)) {
        LuaErrorView v = LuaErrorView.of(e);
        return Failure.of(Failure.Kind.ERROR, describe(cause), v.location());
      }
      LuaErrorView v = LuaErrorView.of(e);
      return Failure.of(Failure.Kind.ERROR, v.message(), v.location());
    }
    if (t instanceof StackOverflowError) {
      return Failure.of(Failure.Kind.ERROR, "stack overflow (runaway recursion?)", null);
    }
    return Failure.of(Failure.Kind.ERROR, describe(t), null);
  }

  /**
   * Internal JVM failures end the run; a test's stack overflow or out-of-memory does not (the
   * memory is the test's, freed with its Lua state), it fails the test at its line.
   */
  static void rethrowFatal(Throwable t) {
    if (t instanceof VirtualMachineError
        && !(t instanceof StackOverflowError)
        && !(t instanceof OutOfMemoryError)) {
      throw (VirtualMachineError) t;
    }
  }

  static Outcome outcomeOf(Failure f) {
    return f.kind() == Failure.Kind.ASSERTION || f.kind() == Failure.Kind.DETERMINISM
        ? Outcome.FAILED
        : Outcome.ERROR;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
