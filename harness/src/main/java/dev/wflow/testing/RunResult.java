package dev.wflow.testing;

import dev.wflow.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.List;

/**
 * The result of a whole {@code wflow test}: every file in discovery order, and the errors that kept
 * part of the project from loading (a definition file that is not valid YAML, a duplicate entry ID,
 * a syntax error in a workflow). A run with load errors is never ok, whatever its tests did: the
 * tests of a broken file did not run at all. {@code deselected} counts the tests that the {@code
 * PATTERN…} arguments left out, in the files listed and in files none of whose tests matched.
 *
 * <pre>{@code
 * RunResult r = runner.run(entries);
 * System.out.println(r.passed() + " passed, " + r.failed() + " failed, " + r.skipped() + " skipped");
 * }</pre>
 */
public record RunResult(
    List<FileResult> files, Duration wall, List<Diagnostic> loadErrors, long deselected) {

  public RunResult {
    files = List.copyOf(files);
    loadErrors = List.copyOf(loadErrors);
  }

  public RunResult(List<FileResult> files, Duration wall) {
    this(files, wall, List.of(), files.stream().mapToLong(FileResult::deselected).sum());
  }

  /** This result with {@code errors} as the project's load errors. */
  public RunResult withLoadErrors(List<Diagnostic> errors) {
    return new RunResult(files, wall, errors, deselected);
  }

  public long passed() {
    return count(Outcome.PASSED);
  }

  /** Failed and erroring tests, plus test files that failed outside any test. */
  public long failed() {
    return count(Outcome.FAILED)
        + count(Outcome.ERROR)
        + files.stream().filter(f -> f.error() != null).count();
  }

  public long skipped() {
    return count(Outcome.SKIPPED);
  }

  public boolean ok() {
    return failed() == 0 && loadErrors.isEmpty();
  }

  private long count(Outcome outcome) {
    return files.stream().mapToLong(f -> f.count(outcome)).sum();
  }
}
