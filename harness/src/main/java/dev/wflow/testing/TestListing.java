package dev.wflow.testing;

import dev.wflow.diagnostic.Diagnostic;
import java.util.List;

/**
 * What {@code wflow test --list} shows: the tests the selection keeps, file by file in run order,
 * the files that could not say what they define, and the tests the patterns left out.
 *
 * @param tests every selected test, in run order
 * @param errors test files whose definitions failed (syntax error, an error while defining), by
 *     entry ID and failure
 * @param deselected tests the {@code PATTERN…} arguments left out
 * @param loadErrors the project's load errors (the tests of a broken definition file are missing)
 */
public record TestListing(
    List<ListedTest> tests, List<FileError> errors, long deselected, List<Diagnostic> loadErrors) {

  /** A test file that failed while its tests were being listed. */
  public record FileError(TestEntry entry, Failure failure) {}

  public TestListing {
    tests = List.copyOf(tests);
    errors = List.copyOf(errors);
    loadErrors = List.copyOf(loadErrors);
  }

  /** True when every file said what it defines and the project loaded whole. */
  public boolean ok() {
    return errors.isEmpty() && loadErrors.isEmpty();
  }

  /** This listing with {@code errors} as the project's load errors. */
  public TestListing withLoadErrors(List<Diagnostic> errors) {
    return new TestListing(tests, this.errors, deselected, errors);
  }
}
