package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.config.LintConfig;
import dev.wflow.lint.config.LintConfigFile;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lints one fixture project the way {@code wflow lint} does and returns every finding. */
final class FixtureLint {

  static final Map<String, Severity> DEFAULTS = RuleDefaultsForTests.DEFAULTS;

  private FixtureLint() {}

  static List<Diagnostic> lint(Path root) {
    ProjectLoad load = Project.load(root);
    LintConfigFile.Loaded config = LintConfigFile.load(root, DEFAULTS::containsKey);
    LintConfig settings = config.config();
    List<Diagnostic> all = new ArrayList<>(load.diagnostics());
    all.addAll(config.diagnostics());
    all.addAll(
        LuaLint.check(
            load.project(), settings, code -> DEFAULTS.getOrDefault(code, Severity.ERROR),
            DEFAULTS::containsKey));
    return all.stream().sorted(Diagnostic.ORDER).toList();
  }
}
