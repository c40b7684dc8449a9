package dev.wflow.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run tests; the options of {@code wflow test}.
 *
 * <pre>{@code
 * TestOptions options = TestOptions.defaults().withParallel(2).withTimeout(Duration.ofSeconds(5));
 * }</pre>
 *
 * @param patterns filters on entry ID, suite or test name (empty: everything)
 * @param skipTime skip workflow timers (virtual time) instead of waiting
 * @param parallel how many test files run at once
 * @param failFast stop starting tests after the first failure
 * @param replayCheck replay every completed workflow run against the same code
 * @param historyDir where to save every run's history, or null
 * @param timeout wall-clock limit per test, or null for none
 * @param stackTraces add the Java stack trace to failures that come from a bug in wflow (not from
 *     the test's Lua code)
 */
public record TestOptions(
    List<String> patterns,
    boolean skipTime,
    int parallel,
    boolean failFast,
    boolean replayCheck,
    Path historyDir,
    Duration timeout,
    boolean stackTraces) {

  /** The default per-test limit: generous, but a hung test never hangs the run. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public TestOptions {
    patterns = List.copyOf(patterns);
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
    }
  }

  public static TestOptions defaults() {
    return new TestOptions(List.of(), true, 1, false, true, null, DEFAULT_TIMEOUT, false);
  }

  public TestOptions withPatterns(List<String> p) {
    return new TestOptions(
        p, skipTime, parallel, failFast, replayCheck, historyDir, timeout, stackTraces);
  }

  public TestOptions withSkipTime(boolean s) {
    return new TestOptions(
        patterns, s, parallel, failFast, replayCheck, historyDir, timeout, stackTraces);
  }

  public TestOptions withParallel(int n) {
    return new TestOptions(
        patterns, skipTime, n, failFast, replayCheck, historyDir, timeout, stackTraces);
  }

  public TestOptions withFailFast(boolean f) {
    return new TestOptions(
        patterns, skipTime, parallel, f, replayCheck, historyDir, timeout, stackTraces);
  }

  public TestOptions withReplayCheck(boolean r) {
    return new TestOptions(
        patterns, skipTime, parallel, failFast, r, historyDir, timeout, stackTraces);
  }

  public TestOptions withHistoryDir(Path d) {
    return new TestOptions(
        patterns, skipTime, parallel, failFast, replayCheck, d, timeout, stackTraces);
  }

  public TestOptions withStackTraces(boolean traces) {
    return new TestOptions(
        patterns, skipTime, parallel, failFast, replayCheck, historyDir, timeout, traces);
  }

  public TestOptions withTimeout(Duration t) {
    return new TestOptions(
        patterns, skipTime, parallel, failFast, replayCheck, historyDir, t, stackTraces);
  }
}
