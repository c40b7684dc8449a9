package dev.wflow.testing;

import java.util.function.Function;

/**
 * What the parts running one test file share: the entry, the run's options and selection, the
 * fail-fast signal, and the test currently running (its {@link CaseScope}), which the workflow
 * functions of the {@code test} module attach their runs to.
 */
final class FileContext implements TestRunner.FileView {

  private final TestEntry entry;
  private final TestOptions options;
  private final TestSelection selection;
  private final PlanExecutor.StopSignal stop;
  private TestRunner.FileScopes scopes = TestRunner.FileScopes.NONE;
  private CaseScope current;

  FileContext(
      TestEntry entry, TestOptions options, TestSelection selection, PlanExecutor.StopSignal stop) {
    this.entry = entry;
    this.options = options;
    this.selection = selection;
    this.stop = stop;
  }

  @Override
  public TestEntry entry() {
    return entry;
  }

  @Override
  public TestOptions options() {
    return options;
  }

  /**
   * The wall-clock limit of the whole entry, or null for none: {@code --timeout} when given, else
   * the entry's {@code meta.timeout}, else the platform's default of 30 seconds.
   */
  java.time.Duration timeout() {
    java.time.Duration t =
        options.timeout() != null
            ? options.timeout()
            : entry.timeout() != null ? entry.timeout() : TestOptions.DEFAULT_TIMEOUT;
    return t.isZero() ? null : t;
  }

  TestSelection selection() {
    return selection;
  }

  PlanExecutor.StopSignal stop() {
    return stop;
  }

  /** Where the file's tests get their scopes: the workflow functions the file was given. */
  void attach(TestRunner.FileScopes scopes) {
    this.scopes = scopes;
  }

  Function<String, CaseScope> scopes() {
    return scopes::open;
  }

  void enter(CaseScope scope) {
    current = scope;
  }

  void leave() {
    current = null;
  }

  /** The scope of the test running now, or null between tests. */
  @Override
  public CaseScope current() {
    return current;
  }
}
