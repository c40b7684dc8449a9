package dev.wflow.testing;

import java.time.Duration;
import java.util.List;

/**
 * Everything one test file produced.
 *
 * @param entry the test entry
 * @param cases each test's result, in the order they ran
 * @param error why the file itself failed (syntax error, error outside any test), or null
 * @param wall wall-clock time of the whole file
 * @param warnings what the file does that the platform silently handles differently from what its
 *     author may expect (tests it never runs, errors it ignores)
 * @param deselected tests the file defines that the {@code PATTERN…} arguments left out
 */
public record FileResult(
    TestEntry entry,
    List<CaseResult> cases,
    Failure error,
    Duration wall,
    List<TestWarning> warnings,
    long deselected) {

  public FileResult {
    cases = List.copyOf(cases);
    warnings = List.copyOf(warnings);
  }

  public FileResult(TestEntry entry, List<CaseResult> cases, Failure error, Duration wall) {
    this(entry, cases, error, wall, List.of());
  }

  public FileResult(
      TestEntry entry,
      List<CaseResult> cases,
      Failure error,
      Duration wall,
      List<TestWarning> warnings) {
    this(entry, cases, error, wall, warnings, 0);
  }

  public long count(Outcome outcome) {
    return cases.stream().filter(c -> c.outcome() == outcome).count();
  }

  public boolean failing() {
    return error != null || cases.stream().anyMatch(c -> c.outcome().failing());
  }
}
