package dev.wflow.cli.test;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestProject;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.workflow.TemporalEnvironment;
import dev.wflow.testing.workflow.WorkflowDriving;
import java.util.List;

/** Loads the project, reports what is wrong with its definition files, finds its tests. */
final class TestSuiteSource {

  /** The tests to run and the runner wired for this project. */
  record Loaded(List<TestEntry> entries, TestRunner runner) {}

  private TestSuiteSource() {}

  static Loaded load(Cli cli, TestOptions options) {
    ProjectLoad load = Project.load(cli.project());
    if (load.isEmpty()) {
      throw ExitException.projectNotLoadable(
          "no definition files found in "
              + cli.project()
              + " (a definition file is a YAML file with a top-level namespace and an entries:"
              + " list; see wippy.lock directories.src)");
    }
    // Broken definition files do not stop the tests that could be read; they are shown first.
    for (Diagnostic d : load.diagnostics()) {
      if (d.severity() == Severity.ERROR || cli.verbose()) {
        cli.err().println(d.headline());
      }
    }
    TestProject project = TestProject.of(load.project());
    if (project.tests().isEmpty()) {
      cli.err().println("wflow: no tests found (function.lua entries with meta.type: test)");
    }
    java.util.function.Consumer<String> printer =
        cli.verbose() ? line -> cli.err().println(line) : line -> {};
    TestRunner runner =
        new TestRunner(
            new RuntimeLuaStates(project.lua(), printer),
            options,
            new WorkflowDriving(TemporalEnvironment.factory(project.lua())));
    return new Loaded(project.tests(), runner);
  }
}
