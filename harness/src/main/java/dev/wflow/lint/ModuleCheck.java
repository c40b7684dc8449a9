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
      if (!entry.isLua()) {
        continue;
      }
      entry.moduleImports().forEach((alias, module) -> unknownImport(ctx, entry, alias, module));
      if (!(entry.field("modules").orElse(null) instanceof List<?> modules)) {
        continue;
      }
      for (int i = 0; i < modules.size(); i++) {
        if (modules.get(i) instanceof String name && !name.isBlank()) {
          unknown(ctx, entry, "modules." + i, name.trim());
        }
      }
    }
  }

  /**
   * An import of a module node ({@code ":name"}, or a bare {@code name}, which the platform reads
   * the same way) that names no module: most often a bare name meant as an entry of the importer's
   * namespace.
   */
  private static void unknownImport(LintContext ctx, Entry entry, String alias, String module) {
    if (BuiltinModules.isBuiltin(module) || ctx.config().modules().contains(module)) {
      return;
    }
    Object written = ((java.util.Map<?, ?>) entry.field("imports").orElseThrow()).get(alias);
    boolean bare = !String.valueOf(written).trim().startsWith(":");
    ctx.report(
        "E108",
        entry,
        "imports." + alias,
        "import '"
            + alias
            + "': "
            + (bare
                ? "'"
                    + module
                    + "' has no namespace, so the platform reads it as the built-in"
                    + " module :"
                    + module
                    + ", which does not exist; write "
                    + entry.id().namespace()
                    + ":"
                    + module
                    + " for an entry of this namespace"
                : ":"
                    + module
                    + " names no Wippy built-in module (list it under modules: in"
                    + " .wflow.yaml if it is installed)"));
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
