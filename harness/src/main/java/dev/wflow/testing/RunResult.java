package dev.wflow.testing;

import java.time.Duration;
import java.util.List;

/**
 * The result of a whole {@code wflow test}: every file in discovery order.
 *
 * <pre>{@code
 * RunResult r = runner.run(entries);
 * System.out.println(r.passed() + " passed, " + r.failed() + " failed, " + r.skipped() + " skipped");
 * }</pre>
 */
public record RunResult(List<FileResult> files, Duration wall) {

  public RunResult {
    files = List.copyOf(files);
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
    return failed() == 0;
  }

  private long count(Outcome outcome) {
    return files.stream().mapToLong(f -> f.count(outcome)).sum();
  }
}
