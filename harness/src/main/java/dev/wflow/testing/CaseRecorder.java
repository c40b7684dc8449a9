package dev.wflow.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Records a file's test results in the order the tests ran, whenever their closing checks (the
 * replay of their runs) finish, and passes each to the listener; keeps the file's warnings.
 */
final class CaseRecorder {

  /** Outcome of running one test with its teardown; {@code failure} null when it passed. */
  record Timed(
      Failure failure,
      Duration wall,
      long virtualSeconds,
      List<String> output,
      List<String> warnings) {
    Timed(Failure failure, Duration wall, long virtualSeconds, List<String> output) {
      this(failure, wall, virtualSeconds, output, List.of());
    }
  }

  private final FileContext file;
  private final Consumer<CaseResult> sink;
  private final List<CaseResult> results = new ArrayList<>();
  // Written by the checker thread that finishes a test's closing, read once every test is recorded.
  private final List<TestWarning> warnings =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private CompletableFuture<Void> recorded = CompletableFuture.completedFuture(null);
  private int enqueued;

  CaseRecorder(FileContext file, Consumer<CaseResult> sink) {
    this.file = file;
    this.sink = sink;
  }

  /** A test's result, once {@code timed} completes; a null {@link Timed} means skipped. */
  void enqueue(List<String> path, String name, CompletableFuture<Timed> timed) {
    enqueued++;
    recorded =
        recorded.thenCombine(
            timed,
            (done, t) -> {
              record(path, name, t);
              return null;
            });
  }

  void enqueueNow(List<String> path, String name, Timed timed) {
    enqueue(path, name, CompletableFuture.completedFuture(timed));
  }

  void warn(String message, String location) {
    warnings.add(new TestWarning(message, location));
  }

  /** Every test that ran, recorded: waits for the checks still running. */
  List<CaseResult> results() {
    recorded.join();
    return results;
  }

  /** How many tests ran or were skipped so far (recorded or still being checked). */
  int enqueued() {
    return enqueued;
  }

  List<TestWarning> warnings() {
    return warnings;
  }

  private void record(List<String> path, String name, Timed timed) {
    Outcome outcome =
        timed == null
            ? Outcome.SKIPPED
            : timed.failure() == null
                ? Outcome.PASSED
                : FailureClassifier.outcomeOf(timed.failure());
    CaseResult r =
        new CaseResult(
            file.entry().id(),
            file.entry().file(),
            path,
            name,
            outcome,
            timed == null ? Duration.ZERO : timed.wall(),
            timed == null ? 0 : timed.virtualSeconds(),
            timed == null ? null : timed.failure(),
            timed == null ? List.of() : timed.output());
    results.add(r);
    if (timed != null) {
      timed.warnings().forEach(w -> warn("test '" + r.fullName() + "': " + w, null));
    }
    sink.accept(r);
    if (outcome.failing() && file.options().failFast()) {
      file.stop().stop();
    }
  }
}
