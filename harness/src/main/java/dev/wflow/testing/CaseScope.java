package dev.wflow.testing;

import java.util.List;

/**
 * What one running test owns besides its Lua state: the workflow environment its runs share
 * (DESIGN.md §6). Opened before the test's {@code before_each} hooks, closed after its {@code
 * after_each} hooks.
 */
public interface CaseScope {

  /** A test that starts no workflows. */
  CaseScope NONE =
      new CaseScope() {
        @Override
        public long virtualSeconds() {
          return 0;
        }

        @Override
        public List<Failure> close() {
          return List.of();
        }
      };

  /** Adds what the scope knows to a failure of its test: history tail, commands to reproduce. */
  default Failure annotate(Failure failure) {
    return failure;
  }

  /**
   * What the test's runs did that does not fail it but may mean it passed for the wrong reason (a
   * signal nobody received); read after {@link #close()}.
   */
  default List<String> warnings() {
    return List.of();
  }

  /** Whole seconds the virtual clock advanced while the test ran. */
  long virtualSeconds();

  /**
   * Ends the test: checks and releases its workflow runs. Returns failures found only now (a replay
   * that diverged), or nothing.
   */
  List<Failure> close();

  /**
   * {@link #close()}, possibly finishing on another thread so that the next test can start; by
   * default it closes at once.
   */
  default java.util.concurrent.CompletableFuture<List<Failure>> closeAsync() {
    return java.util.concurrent.CompletableFuture.completedFuture(close());
  }
}
