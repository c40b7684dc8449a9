package dev.wflow.lint;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a lint run, as every renderer consumes it.
 *
 * @param root the directory diagnostic file paths are relative to
 * @param diagnostics findings after configuration and filters, sorted by {@link Diagnostic#ORDER}
 * @param summary the counts
 * @param projectFound false when no definition file and no problem was found at all: the command
 *     then exits with "project not loadable"
 */
public record LintResult(
    Path root, List<Diagnostic> diagnostics, LintSummary summary, boolean projectFound) {

  public LintResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  /** True when nothing was reported. */
  public boolean clean() {
    return diagnostics.isEmpty();
  }
}
