package dev.wflow.registry;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.List;

/**
 * What {@link Project#load} produced: the project (every entry that could be read) and the problems
 * found on the way, sorted by {@link Diagnostic#ORDER}.
 *
 * <pre>{@code
 * ProjectLoad load = Project.load(Path.of("examples/orders"));
 * load.diagnostics().forEach(d -> System.err.println(d.headline()));
 * Project project = load.project();
 * }</pre>
 */
public record ProjectLoad(Project project, List<Diagnostic> diagnostics) {

  public ProjectLoad {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  /** True when at least one diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * True when nothing at all could be found: no definition file and no diagnostic. Commands exit
   * with "project not loadable" in that case.
   */
  public boolean isEmpty() {
    return project.files().isEmpty() && diagnostics.isEmpty();
  }
}
