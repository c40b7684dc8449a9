package dev.wflow.lint;

import dev.wflow.diagnostic.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code .wflow.yaml} at the project root: rule levels, extra globals, extra allowed modules.
 *
 * <pre>{@code
 * rules:
 *   D107: off        # or error, warning, hint
 * globals: [app_config]
 * modules: [my_module]
 * }</pre>
 *
 * @param levels per rule code: a new severity, or empty for {@code off}
 * @param globals names Lua checks treat as defined globals
 * @param modules module names that are not built-in but installed (no E108)
 */
public record LintConfig(
    Map<String, Optional<Severity>> levels, Set<String> globals, Set<String> modules) {

  public static final String FILE_NAME = ".wflow.yaml";

  /** No configuration: every rule at its default level. */
  public static final LintConfig DEFAULT = new LintConfig(Map.of(), Set.of(), Set.of());

  public LintConfig {
    levels = Map.copyOf(levels);
    globals = Set.copyOf(globals);
    modules = Set.copyOf(modules);
  }

  /** The level {@code code} reports at, or empty when the rule is switched off. */
  public Optional<Severity> levelOf(String code, Severity defaultLevel) {
    return levels.getOrDefault(code, Optional.of(defaultLevel));
  }
}
