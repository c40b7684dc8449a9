package dev.wflow.testing.workflow;

/**
 * What the project defines, for checking a test's {@code test.workflow(id)} and {@code :mock(id,
 * …)} before any environment starts (a mock of an activity that does not exist is a mistake in the
 * test, reported at the line that makes it).
 */
public interface EntryCatalog {

  /** True when {@code id} names a workflow entry. */
  boolean isWorkflow(String id);

  /** True when {@code id} names an activity a workflow could call. */
  boolean isActivity(String id);

  /**
   * Why workflow {@code id} cannot load, as {@code wflow run} would refuse it (an error in what it
   * reaches, a module the platform does not allow in a workflow); empty when it can.
   */
  default java.util.Optional<String> refusal(String id) {
    return java.util.Optional.empty();
  }
}
