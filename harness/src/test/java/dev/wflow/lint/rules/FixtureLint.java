package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintEngine;
import dev.wflow.lint.LintRequest;
import java.nio.file.Path;
import java.util.List;

/** Lints one fixture project exactly as {@code wflow lint} does and returns every finding. */
final class FixtureLint {

  private FixtureLint() {}

  static List<Diagnostic> lint(Path root) {
    return LintEngine.standard().run(LintRequest.of(root)).diagnostics();
  }
}
