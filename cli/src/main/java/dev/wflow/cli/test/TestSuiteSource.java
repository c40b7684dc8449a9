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

  /**
   * The tests to run, the runner wired for this project, and the errors that kept part of it from
   * loading (definition errors, syntax errors in the code under test): they fail the run, yet do
   * not stop the tests that do not need the broken part.
   */
  record Loaded(List<TestEntry> entries, TestRunner runner, List<Diagnostic> loadErrors) {}

  private TestSuiteSource() {}

  /** {@code file:line:col: error[P0001] message}, the source line and a caret, as lint shows it. */
  private static void printWithSource(Cli cli, Project project, Diagnostic d) {
    cli.err().println(d.headline());
    try {
      List<String> lines = java.nio.file.Files.readAllLines(project.root().resolve(d.file()));
      if (d.line() <= lines.size()) {
        String line = lines.get(d.line() - 1);
        cli.err().println("  " + line);
        cli.err()
            .println("  " + " ".repeat(Math.max(0, Math.min(d.column() - 1, line.length()))) + "^");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // The headline already says where; the excerpt is a courtesy.
    }
  }

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
    List<Diagnostic> loadErrors = new java.util.ArrayList<>();
    for (Diagnostic d : load.diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        loadErrors.add(d);
      }
      if (d.severity() == Severity.ERROR || cli.verbose()) {
        cli.err().println(d.headline());
      }
    }
    TestProject project = TestProject.of(load.project());
    // A syntax error fails the tests that run the broken entry (it does not compile when they
    // load it) and the run as a whole; the other tests still run.
    List<Diagnostic> syntax = project.syntaxErrors();
    syntax.forEach(d -> printWithSource(cli, load.project(), d));
    loadErrors.addAll(syntax);
    if (project.tests().isEmpty()) {
      cli.err().println("wflow: no tests found (function.lua entries with meta.type: test)");
    }
    java.util.function.Consumer<String> printer =
        cli.verbose() ? line -> cli.err().println(line) : line -> {};
    TestRunner runner =
        new TestRunner(
            new RuntimeLuaStates(project.lua(), printer),
            options,
            new WorkflowDriving(
                TemporalEnvironment.catalog(project.lua()),
                TemporalEnvironment.factory(project.lua())));
    return new Loaded(project.tests(), runner, List.copyOf(loadErrors));
  }
}
