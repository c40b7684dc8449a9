package dev.wflow.lint;

import dev.wflow.registry.Entry;
import java.util.List;

/**
 * {@code modules:} lists (SPEC §5): a workflow may only list deterministic modules (E107); a name
 * that is no built-in and not declared in {@code .wflow.yaml} is suspicious (E108).
 */
final class ModuleCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Entry entry : ctx.project().entries()) {
      if (!entry.isLua() || !(entry.field("modules").orElse(null) instanceof List<?> modules)) {
        continue;
      }
      for (int i = 0; i < modules.size(); i++) {
        if (modules.get(i) instanceof String name && !name.isBlank()) {
          check(ctx, entry, "modules." + i, name.trim());
        }
      }
    }
  }

  private static void check(LintContext ctx, Entry entry, String path, String module) {
    if (entry.isWorkflow() && BuiltinModules.WORKFLOW_FORBIDDEN.contains(module)) {
      ctx.report(
          "E107",
          entry,
          path,
          "module "
              + module
              + " is not allowed in a workflow (the platform refuses it); call it from an"
              + " activity");
    } else if (!BuiltinModules.isBuiltin(module) && !ctx.config().modules().contains(module)) {
      ctx.report(
          "E108",
          entry,
          path,
          "unknown module "
              + module
              + " (not a Wippy built-in; list it under modules: in .wflow.yaml if it is"
              + " installed)");
    }
  }
}
