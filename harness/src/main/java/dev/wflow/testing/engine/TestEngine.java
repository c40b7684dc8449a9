package dev.wflow.testing.engine;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.platform.WorkflowRefusals;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.runtime.GoDuration;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestListing;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestProject;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.workflow.NodeSupply;
import dev.wflow.testing.workflow.WorkflowDriving;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The test engine behind {@code wflow test}: loads a project, says what is wrong with it, and runs
 * its tests with workflows on the emulated node. Front ends only render: the suite's diagnostics
 * before the run, the {@link TestListener} events during it, the {@link RunResult} after.
 *
 * <pre>{@code
 * TestSuite suite = TestEngine.load(Path.of("examples/orders"));
 * suite.definitionProblems().forEach(d -> System.err.println(d.headline()));
 * if (suite.runnable()) {
 *   RunResult result = TestEngine.run(suite, TestOptions.defaults(), listener, line -> {});
 *   System.out.println(result.passed() + " passed");
 * }
 * }</pre>
 */
public final class TestEngine {

  private TestEngine() {}

  /** Loads the project at {@code root} and finds its tests; never throws for a bad project. */
  public static TestSuite load(Path root) {
    ProjectLoad load = Project.load(root);
    if (load.isEmpty()) {
      return new TestSuite(root, false, load.diagnostics(), List.of(), null, null);
    }
    TestProject project = TestProject.of(load.project());
    List<Diagnostic> syntax = project.syntaxErrors();
    List<Diagnostic> problems = new ArrayList<>(load.diagnostics());
    load.project().tests().forEach(e -> badTimeout(e).ifPresent(problems::add));
    return new TestSuite(root, true, problems, syntax, project, WorkflowRefusals.of(load));
  }

  private static boolean parses(String duration) {
    try {
      GoDuration.parse(duration);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A {@code meta.timeout} the platform's runner cannot use: it hands the text to {@code
   * time.after}, which fails on anything but a Go duration, so the entry never runs there.
   */
  static Optional<Diagnostic> badTimeout(Entry test) {
    Object timeout = test.meta().get("timeout");
    // A number is a count of milliseconds to time.after, which the platform accepts.
    if (timeout == null
        || timeout instanceof Number
        || timeout instanceof String text && parses(text)) {
      return Optional.empty();
    }
    String message =
        "invalid meta.timeout "
            + (timeout instanceof String ? "\"" + timeout + "\"" : String.valueOf(timeout))
            + " of test "
            + test.id()
            + ": use a Go duration such as \"30s\" or \"2m\" (units ns us ms s m h)";
    return Optional.of(
        test.spanOr("meta.timeout")
            .diagnostic(test.file().displayPath(), Severity.ERROR, "E102", message));
  }

  /**
   * Runs the suite's tests selected by {@code options}, once.
   *
   * @param printer where {@code print} of test code and workflows goes
   * @throws IllegalStateException when the suite is not {@link TestSuite#runnable()}
   */
  public static RunResult run(
      TestSuite suite, TestOptions options, TestListener listener, Consumer<String> printer) {
    try (TestSession session = session()) {
      return session.run(suite, options, listener, printer);
    }
  }

  /** Runs that follow one another, with nodes kept ready between them ({@link TestSession}). */
  public static TestSession session() {
    return new TestSession();
  }

  /** The workflow functions of the suite's test files, with nodes from {@code nodes}. */
  static WorkflowDriving driving(TestSuite suite, NodeSupply nodes, TestOptions options) {
    return new WorkflowDriving(suite.project().lua(), suite::refusal, nodes, options.skipTime());
  }

  /**
   * The suite's tests that {@code options}' patterns select, none of them run: what {@code wflow
   * test --list} shows.
   *
   * @throws IllegalStateException when the suite is not {@link TestSuite#runnable()}
   */
  public static TestListing list(TestSuite suite, TestOptions options) {
    if (!suite.runnable()) {
      throw new IllegalStateException("the suite at " + suite.root() + " cannot run");
    }
    TestProject project = suite.project();
    try (NodeSupply nodes = new NodeSupply()) {
      TestRunner runner =
          new TestRunner(
              new RuntimeLuaStates(project.lua(), line -> {}),
              options,
              driving(suite, nodes, options));
      return runner.list(project.tests()).withLoadErrors(suite.loadErrors());
    }
  }
}
