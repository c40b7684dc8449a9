package dev.wflow.testing;

import java.util.function.Function;

/**
 * What the parts running one test file share: the entry, the run's options and selection, the
 * fail-fast signal, and the test currently running (its {@link CaseScope}), which the workflow
 * functions of the {@code test} module attach their runs to.
 */
final class FileContext {

  private final TestEntry entry;
  private final TestOptions options;
  private final TestSelection selection;
  private final PlanExecutor.StopSignal stop;
  private final Function<String, CaseScope> scopes;
  private CaseScope current;

  FileContext(
      TestEntry entry,
      TestOptions options,
      TestSelection selection,
      PlanExecutor.StopSignal stop,
      Function<String, CaseScope> scopes) {
    this.entry = entry;
    this.options = options;
    this.selection = selection;
    this.stop = stop;
    this.scopes = scopes;
  }

  TestEntry entry() {
    return entry;
  }

  TestOptions options() {
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

  Function<String, CaseScope> scopes() {
    return scopes;
  }

  void enter(CaseScope scope) {
    current = scope;
  }

  void leave() {
    current = null;
  }

  /** The scope of the test running now, or null between tests. */
  CaseScope current() {
    return current;
  }
}
