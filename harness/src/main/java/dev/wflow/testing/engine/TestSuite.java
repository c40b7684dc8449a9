package dev.wflow.testing.engine;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.platform.WorkflowRefusals;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestProject;
import java.nio.file.Path;
import java.util.List;

/**
 * A project as {@link TestEngine#load} found it: whether it has definition files, what is wrong
 * with them, the syntax errors in the code under test, and the tests. Broken files and syntax
 * errors do not stop the tests that do not need the broken part, but they fail the run ({@link
 * #loadErrors()}).
 *
 * <pre>{@code
 * TestSuite suite = TestEngine.load(dir);
 * if (!suite.found()) { ... "no definition files" ... }
 * suite.syntaxErrors().forEach(d -> System.err.println(d.headline()));
 * }</pre>
 *
 * @param root the project directory
 * @param found false when {@code root} has no definition files at all
 * @param definitionProblems diagnostics of the definition files (errors and warnings)
 * @param syntaxErrors syntax errors in workflows, activities and libraries
 * @param project the loaded project, or null when not found
 * @param refusals which workflows cannot load and why, or null when not found
 */
public record TestSuite(
    Path root,
    boolean found,
    List<Diagnostic> definitionProblems,
    List<Diagnostic> syntaxErrors,
    TestProject project,
    WorkflowRefusals refusals) {

  public TestSuite {
    definitionProblems = List.copyOf(definitionProblems);
    syntaxErrors = List.copyOf(syntaxErrors);
  }

  /** The tests, in run order (empty when none were found). */
  public List<TestEntry> tests() {
    return project == null ? List.of() : project.tests();
  }

  /** True when the tests can run: the project has definition files. */
  public boolean runnable() {
    return found;
  }

  /**
   * Why workflow {@code id} cannot load (each error's headline), as {@code wflow run} would say;
   * empty when it can, so a test that drives it fails with this and the other tests run.
   */
  public java.util.Optional<String> refusal(String id) {
    if (refusals == null) {
      return java.util.Optional.empty();
    }
    return refusals
        .project()
        .entry(id)
        .map(refusals::of)
        .filter(why -> !why.isEmpty())
        .map(
            why ->
                "workflow "
                    + id
                    + " cannot load: "
                    + String.join("; ", why.stream().map(Diagnostic::headline).toList()));
  }

  /** Errors that kept part of the project from loading: definition errors, then syntax errors. */
  public List<Diagnostic> loadErrors() {
    List<Diagnostic> errors = new java.util.ArrayList<>();
    definitionProblems.stream()
        .filter(d -> d.severity() == dev.wflow.diagnostic.Severity.ERROR)
        .forEach(errors::add);
    errors.addAll(syntaxErrors);
    return List.copyOf(errors);
  }
}
