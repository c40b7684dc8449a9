package dev.wflow.platform;

import java.util.List;

/**
 * The names a test entry sees beside {@code test} itself: the BDD functions that {@code
 * test.run_cases} installs as globals while the suite is defined. The test module installs exactly
 * these, and the linter knows them in test entries, so the two cannot drift apart.
 *
 * <pre>{@code
 * TestGlobals.BDD.contains("describe"); // true
 * }</pre>
 */
public final class TestGlobals {

  /** The BDD globals, in the order the test module installs them. */
  public static final List<String> BDD =
      List.of(
          "describe",
          "it",
          "it_skip",
          "before_each",
          "after_each",
          "before_all",
          "after_all",
          "mock",
          "mock_process",
          "restore_mock",
          "restore_all_mocks");

  private TestGlobals() {}
}
