package dev.wflow.testing.engine;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.platform.WorkflowRefusals;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestProject;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.workflow.EntryCatalog;
import dev.wflow.testing.workflow.TemporalEnvironment;
import dev.wflow.testing.workflow.WorkflowDriving;
import java.nio.file.Path;
import java.util.List;
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
    return new TestSuite(
        root, true, load.diagnostics(), syntax, project, WorkflowRefusals.of(load));
  }

  /**
   * Runs the suite's tests selected by {@code options}.
   *
   * @param printer where {@code print} of test code and workflows goes
   * @throws IllegalStateException when the suite is not {@link TestSuite#runnable()}
   */
  public static RunResult run(
      TestSuite suite, TestOptions options, TestListener listener, Consumer<String> printer) {
    if (!suite.runnable()) {
      throw new IllegalStateException("the suite at " + suite.root() + " cannot run");
    }
    TestProject project = suite.project();
    TestRunner runner =
        new TestRunner(
            new RuntimeLuaStates(project.lua(), printer),
            options,
            new WorkflowDriving(
                refusing(TemporalEnvironment.catalog(project.lua()), suite),
                TemporalEnvironment.factory(project.lua())));
    return runner.run(project.tests(), listener).withLoadErrors(suite.loadErrors());
  }

  /** The catalog, with the suite saying which workflows cannot load. */
  private static EntryCatalog refusing(EntryCatalog catalog, TestSuite suite) {
    return new EntryCatalog() {
      @Override
      public boolean isWorkflow(String id) {
        return catalog.isWorkflow(id);
      }

      @Override
      public boolean isActivity(String id) {
        return catalog.isActivity(id);
      }

      @Override
      public java.util.Optional<String> refusal(String id) {
        return suite.refusal(id);
      }
    };
  }
}
