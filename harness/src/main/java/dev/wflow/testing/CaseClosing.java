package dev.wflow.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The end of one test, whoever ran it (wflow's {@code test} module or a vendored {@code
 * wippy/test}): its {@link CaseScope} closes (the replay checks of its runs, possibly on another
 * thread) and the test's own failure, or else what closing found, becomes its result.
 */
final class CaseClosing {

  private CaseClosing() {}

  /** The test's result once its scope has closed; {@code failure} is its own, or null. */
  static CompletableFuture<CaseRecorder.Timed> judge(
      CaseScope scope, Failure failure, long began, List<String> printed) {
    Failure annotated = annotate(scope, failure);
    CompletableFuture<List<Failure>> late;
    try {
      late = scope.closeAsync();
    } catch (RuntimeException e) {
      late = CompletableFuture.failedFuture(e);
    }
    return late.handle(
        (found, problem) ->
            new CaseRecorder.Timed(
                combine(annotated, found, problem),
                Duration.ofNanos(System.nanoTime() - began),
                virtual(scope),
                printed,
                warningsOf(scope)));
  }

  /** Closes a scope whose test has no result of its own (the run ended in a hook). */
  static void quietly(CaseScope scope) {
    try {
      scope.closeAsync();
    } catch (RuntimeException e) {
      // the run is ending with the hook's error; a scope that cannot close adds nothing to it
    }
  }

  private static Failure annotate(CaseScope scope, Failure failure) {
    try {
      return failure == null ? null : scope.annotate(failure);
    } catch (RuntimeException e) {
      return failure;
    }
  }

  /** The test's own failure first, else what closing found; a scope that cannot close fails it. */
  private static Failure combine(Failure own, List<Failure> late, Throwable problem) {
    if (own != null) {
      return own;
    }
    if (problem != null) {
      Throwable cause =
          problem instanceof CompletionException && problem.getCause() != null
              ? problem.getCause()
              : problem;
      return Failure.of(
          Failure.Kind.ERROR,
          "after the test: " + FailureClassifier.classify(cause).message(),
          null);
    }
    return late.isEmpty() ? null : late.get(0);
  }

  private static List<String> warningsOf(CaseScope scope) {
    try {
      return scope.warnings();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static long virtual(CaseScope scope) {
    try {
      return scope.virtualSeconds();
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
