package dev.wflow.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

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
 * @param timeout wall-clock limit of each test entry (file), overriding its {@code meta.timeout};
 *     {@link Duration#ZERO} for none, null for the entry's own limit (default {@link
 *     #DEFAULT_TIMEOUT})
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

  /** The platform runner's limit for an entry without {@code meta.timeout}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public TestOptions {
    patterns = List.copyOf(patterns);
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
    }
  }

  public static TestOptions defaults() {
    return new TestOptions(List.of(), true, 1, false, true, null, null, false);
  }

  public TestOptions withPatterns(List<String> p) {
    return edit(b -> b.patterns = p);
  }

  public TestOptions withSkipTime(boolean s) {
    return edit(b -> b.skipTime = s);
  }

  public TestOptions withParallel(int n) {
    return edit(b -> b.parallel = n);
  }

  public TestOptions withFailFast(boolean f) {
    return edit(b -> b.failFast = f);
  }

  public TestOptions withReplayCheck(boolean r) {
    return edit(b -> b.replayCheck = r);
  }

  public TestOptions withHistoryDir(Path d) {
    return edit(b -> b.historyDir = d);
  }

  public TestOptions withStackTraces(boolean traces) {
    return edit(b -> b.stackTraces = traces);
  }

  public TestOptions withTimeout(Duration t) {
    return edit(b -> b.timeout = t);
  }

  /** A copy with one change: the withers name the field they set, nothing else. */
  private TestOptions edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new TestOptions(
        d.patterns,
        d.skipTime,
        d.parallel,
        d.failFast,
        d.replayCheck,
        d.historyDir,
        d.timeout,
        d.stackTraces);
  }

  /** The fields of a {@link TestOptions} being copied with a change. */
  private static final class Draft {
    List<String> patterns;
    boolean skipTime;
    int parallel;
    boolean failFast;
    boolean replayCheck;
    Path historyDir;
    Duration timeout;
    boolean stackTraces;

    Draft(TestOptions o) {
      patterns = o.patterns;
      skipTime = o.skipTime;
      parallel = o.parallel;
      failFast = o.failFast;
      replayCheck = o.replayCheck;
      historyDir = o.historyDir;
      timeout = o.timeout;
      stackTraces = o.stackTraces;
    }
  }
}
