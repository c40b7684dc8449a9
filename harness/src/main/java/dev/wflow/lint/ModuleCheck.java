package dev.wflow.lint;

import dev.wflow.platform.BuiltinModules;
import dev.wflow.platform.WorkflowRefusal;
import dev.wflow.registry.Entry;
import java.util.List;

/**
 * {@code modules:} lists (SPEC §5): a workflow the platform would refuse for a module it reaches
 * (E107, the same check {@code wflow run} makes); a name that is no module the runtime registers
 * and not declared in {@code .wflow.yaml} is suspicious (E108).
 */
final class ModuleCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (WorkflowRefusal refusal : WorkflowRefusal.all(ctx.project())) {
      ctx.report("E107", refusal.workflow(), refusal.field(), refusal.message());
    }
    for (Entry entry : ctx.project().entries()) {
      if (!entry.isLua() || !(entry.field("modules").orElse(null) instanceof List<?> modules)) {
        continue;
      }
      for (int i = 0; i < modules.size(); i++) {
        if (modules.get(i) instanceof String name && !name.isBlank()) {
          unknown(ctx, entry, "modules." + i, name.trim());
        }
      }
    }
  }

  private static void unknown(LintContext ctx, Entry entry, String path, String module) {
    if (!BuiltinModules.isBuiltin(module) && !ctx.config().modules().contains(module)) {
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
