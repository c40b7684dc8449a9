package dev.wflow.cli.test;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.testing.engine.TestEngine;
import dev.wflow.testing.engine.TestSuite;
import java.util.List;

/** Loads the project, reports what is wrong with its definition files, finds its tests. */
final class TestSuiteSource {

  private TestSuiteSource() {}

  /** {@code file:line:col: error[P0001] message}, the source line and a caret, as lint shows it. */
  private static void printWithSource(Cli cli, java.nio.file.Path root, Diagnostic d) {
    cli.err().println(dev.wflow.cli.TerminalText.shortened(d.headline(), 400));
    try {
      List<String> lines = java.nio.file.Files.readAllLines(root.resolve(d.file()));
      if (d.line() <= lines.size()) {
        // As lint shows it: a huge line (minified code) cut to a window around the column.
        for (String shown : dev.wflow.cli.lint.TextRenderer.excerpt(lines.get(d.line() - 1), d)) {
          cli.err().println("  " + dev.wflow.cli.TerminalText.printable(shown));
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // The headline already says where; the excerpt is a courtesy.
    }
  }

  /**
   * Loads the suite and shows what is wrong with it: definition files first, then syntax errors in
   * the code under test. Neither stops the tests that do not need the broken part; both fail the
   * run ({@link TestSuite#loadErrors()}).
   */
  static TestSuite load(Cli cli) {
    TestSuite suite = TestEngine.load(cli.project());
    if (!suite.found()) {
      throw ExitException.projectNotLoadable(
          "no definition files found in "
              + cli.project()
              + " (a definition file is a YAML file with a top-level namespace and an entries:"
              + " list; see wippy.lock directories.src)");
    }
    for (Diagnostic d : suite.definitionProblems()) {
      if (d.severity() == Severity.ERROR || cli.verbose()) {
        cli.err().println(d.headline());
      }
    }
    suite.syntaxErrors().forEach(d -> printWithSource(cli, suite.root(), d));
    if (suite.tests().isEmpty()) {
      cli.err().println("wflow: no tests found (function.lua entries with meta.type: test)");
    }
    return suite;
  }
}
