package dev.wflow.lint.config;

import dev.wflow.diagnostic.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's lint settings, read from {@code .wflow.yaml} at the project root.
 *
 * <pre>{@code
 * # .wflow.yaml
 * rules:            # rule levels: error | warning | hint | off
 *   D107: off
 *   W202: hint
 * globals:          # extra globals every Lua entry may read
 *   - app_config
 * modules:          # extra known modules (third-party), allowed in modules: lists
 *   - acme_metrics
 * }</pre>
 *
 * @param levels rule code to the level the project chose; codes not present keep their default
 * @param globals extra global names known to every Lua entry
 * @param modules extra module names treated as known and allowed (E107/E108)
 */
public record LintConfig(Map<String, RuleLevel> levels, Set<String> globals, Set<String> modules) {

  /** The settings of a project without {@code .wflow.yaml}. */
  public static final LintConfig DEFAULT = new LintConfig(Map.of(), Set.of(), Set.of());

  /** The file name looked up at the project root. */
  public static final String FILE_NAME = ".wflow.yaml";

  public LintConfig {
    levels = Map.copyOf(levels);
    globals = Set.copyOf(globals);
    modules = Set.copyOf(modules);
  }

  /**
   * The severity a finding of {@code code} is reported with, given the rule's default level; empty
   * when the project turned the rule off.
   */
  public Optional<Severity> severityOf(String code, Severity defaultLevel) {
    RuleLevel level = levels.get(code);
    return level == null ? Optional.of(defaultLevel) : level.severity();
  }
}
