package dev.wflow.cli.test;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.FileProblem;
import dev.wflow.cli.ProjectDirectory;
import dev.wflow.cli.ReportFile;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.WorkflowRunOptions;
import dev.wflow.cli.watch.TestWatch;
import dev.wflow.cli.watch.WatchSession;
import dev.wflow.runtime.GoDuration;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListing;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.engine.TestEngine;
import dev.wflow.testing.engine.TestSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow test}: runs the project's test entries and reports every test. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run the project's tests (function.lua entries with meta.type: test) on an in-memory",
      "Temporal server: timers skipped, activities mocked, every run replayed for determinism."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow test                            run every test",
      "  wflow test examples/orders            run the tests of the project in that directory",
      "  wflow test orders 'approval > *'      tests whose entry ID, suite or name matches",
      "  wflow test --parallel 2 --fail-fast   two test files at a time, stop at the first failure",
      "  wflow test --junit target/wflow.xml   also write a JUnit XML report for CI",
      "  wflow test --format json | jq .       one JSON event per line",
      "  wflow test --list 'approval > *'      the tests that would run, none of them run",
      "",
      "Exit codes: 0 all passed, 1 a test failed, 2 usage, 3 project not loadable, 4 internal error."
    })
public final class TestCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(
      paramLabel = "PATTERN",
      arity = "0..*",
      description = {
        "Run only tests whose entry ID, suite or name contains PATTERN (* and ? glob).",
        "A first argument that is a project directory (it has a wippy.lock or a src/) picks the"
            + " project instead, like -C."
      })
  List<String> patterns = new ArrayList<>();

  @Mixin WorkflowRunOptions runOptions;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML to FILE.")
  Path junit;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description = "Run N test files at once (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--fail-fast", description = "Stop after the first failing test.")
  boolean failFast;

  @Option(
      names = "--print",
      description =
          "Show print() of tests and their workflows on stderr as it happens (it is always"
              + " captured and shown with a failing test).")
  boolean streamPrints;

  @Option(
      names = "--replay-check",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Replay every completed run to prove it deterministic (default: on).")
  boolean replayCheck;

  @Option(
      names = "--history-dir",
      paramLabel = "DIR",
      description = "Save every workflow run's history (JSON) under DIR.")
  Path historyDir;

  @Option(
      names = "--timeout",
      paramLabel = "DUR",
      description =
          "Fail a test file that runs longer than DUR of wall time; 0 for no limit (default: the"
              + " entry's meta.timeout, else 30s, as the platform's runner).")
  String timeout;

  @Option(
      names = "--list",
      description =
          "List the tests that would run (patterns applied) and the deselected count, without"
              + " running any: files are loaded and their describe blocks defined, no test body or"
              + " hook runs.")
  boolean list;

  @Option(
      names = "--watch",
      description =
          "Stay running: rerun the tests a change affects whenever a file of the project changes"
              + " (keys: a all, f failed, p pattern, q quit).")
  boolean watch;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    Path named = patterns.isEmpty() ? null : directoryArgument(cli.project(), patterns.get(0));
    if (named != null) {
      patterns.remove(0);
    }
    cli = cli.withProject(ProjectDirectory.find(named != null ? named : cli.project()));
    if (cli.verbose()) {
      cli.err()
          .println(
              "wflow: project " + cli.project() + ": " + ProjectDirectory.reason(cli.project()));
    }
    if (parallel < 1) {
      throw ExitException.usage("--parallel must be at least 1, got " + parallel);
    }
    if (watch && (junit != null || runOptions.json() || historyDir != null)) {
      throw ExitException.usage(
          "--watch shows text results; --junit, --format json and"
              + " --history-dir are for a single run");
    }
    if (list && (watch || junit != null || historyDir != null)) {
      throw ExitException.usage("--list runs no test: --watch, --junit and --history-dir need one");
    }
    Duration limit = timeout == null ? null : timeLimit(timeout);
    ReportFile junitFile = junit == null ? null : ReportFile.prepare(junit, "--junit");
    if (historyDir != null) {
      prepareDirectory(historyDir);
    }
    TestOptions options =
        TestOptions.defaults()
            .withPatterns(patterns)
            .withSkipTime(runOptions.skipTime())
            .withParallel(parallel)
            .withFailFast(failFast)
            .withReplayCheck(replayCheck)
            .withHistoryDir(historyDir == null ? null : historyDir.toAbsolutePath())
            .withTimeout(limit)
            .withStackTraces(cli.showStackTraces());
    ReproductionText reproduction = ReproductionText.forProject(cli.project());
    Cli c = cli;
    java.util.function.Consumer<String> printer =
        cli.verbose() || streamPrints ? line -> c.err().println(line) : line -> {};
    if (watch) {
      try (TestWatch tests = new TestWatch(cli.project(), options, cli.color(), printer)) {
        return new WatchSession(cli, root.interactive()).watch(tests);
      }
    }
    TestSuite suite = TestSuiteSource.load(cli);
    if (list) {
      return list(cli, suite, options);
    }
    RunResult result;
    if (runOptions.json()) {
      JsonReport report = new JsonReport(cli.out(), reproduction);
      report.loadErrors(suite.loadErrors());
      result = TestEngine.run(suite, options, report, printer);
      report.finish(result);
    } else {
      TextReport report = new TextReport(cli.out(), cli.color(), reproduction);
      result = TestEngine.run(suite, options, report, printer);
      report.finish(result);
    }
    if (junitFile != null) {
      junitFile.write(JunitReport.render(result, reproduction));
    }
    if (!patterns.isEmpty() && result.files().stream().allMatch(TestCommand::ranNothing)) {
      cli.err().println(noMatch());
      return ExitException.USAGE;
    }
    if (suite.tests().isEmpty() && !result.loadErrors().isEmpty()) {
      return ExitException.PROJECT;
    }
    return result.ok() ? 0 : ExitException.FINDINGS;
  }

  /** {@code --list}: what would run; exit 1 when a file could not say, 2 when nothing matched. */
  private int list(Cli cli, TestSuite suite, TestOptions options) {
    TestListing listing = TestEngine.list(suite, options);
    if (runOptions.json()) {
      ListReport.json(cli.out(), listing);
    } else {
      ListReport.text(cli.out(), listing);
    }
    if (!patterns.isEmpty() && listing.tests().isEmpty() && listing.errors().isEmpty()) {
      cli.err().println(noMatch());
      return ExitException.USAGE;
    }
    if (suite.tests().isEmpty() && !listing.loadErrors().isEmpty()) {
      return ExitException.PROJECT;
    }
    return listing.ok() ? 0 : ExitException.FINDINGS;
  }

  private String noMatch() {
    return "wflow: no test matches "
        + String.join(" ", patterns.stream().map(p -> "'" + p + "'").toList())
        + " (patterns are matched against entry IDs, suites, file names and test names)";
  }

  /** {@code --history-dir}: made now, so a typo fails before the tests instead of in each one. */
  private static void prepareDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
      if (!Files.isWritable(dir)) {
        throw new java.nio.file.AccessDeniedException(dir.toString());
      }
    } catch (java.io.IOException e) {
      throw ExitException.usage("--history-dir " + dir + ": " + FileProblem.of(e));
    }
  }

  private static boolean ranNothing(dev.wflow.testing.FileResult f) {
    return f.cases().isEmpty() && f.error() == null;
  }

  /** {@code --timeout}: a Go duration; {@code 0} turns the limit off. */
  private static Duration timeLimit(String text) {
    Duration d;
    try {
      d = GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw ExitException.usage("--timeout: " + e.getMessage());
    }
    if (d.isNegative()) {
      throw ExitException.usage("--timeout: must not be negative, got " + text);
    }
    if (!d.isZero() && d.compareTo(Duration.ofMillis(1)) < 0) {
      throw ExitException.usage("--timeout: " + text + " is below 1ms; use 0 for no limit");
    }
    return d;
  }

  /**
   * The first argument as the directory it names, or null when it is a pattern. An existing
   * directory or anything written as a path ({@code ./x}, {@code x/}, {@code ../x}) is a directory:
   * a mistyped one must not silently become a pattern that matches nothing.
   */
  private static Path directoryArgument(Path workingDir, String first) {
    Path dir;
    try {
      dir = workingDir.resolve(first);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
    if (Files.isDirectory(dir)) {
      return dir;
    }
    boolean pathLike =
        first.startsWith(".")
            || first.startsWith("/")
            || first.startsWith("~")
            || first.contains("/");
    if (pathLike && !first.contains(" ") && !first.contains("*")) {
      throw ExitException.usage(
          first + ": no such directory (a first argument written as a path names the project)");
    }
    return null;
  }
}
