package dev.wflow.lint.rules;

import dev.wflow.lint.scope.ScopeModel.GlobalUse;
import dev.wflow.lua.syntax.Expr;
import java.util.HashSet;
import java.util.Set;

/**
 * E110: {@code require("x")} where nothing makes {@code x} a global (Wippy's {@code require} is a
 * global lookup), and W205: a module listed in {@code modules} that the code never uses.
 */
final class ModuleUseRule implements CallRule {

  private final LuaCheck check;
  private final Set<String> required = new HashSet<>();

  ModuleUseRule(LuaCheck check) {
    this.check = check;
  }

  /** Records what the code used; W205 is decided once every entry has been checked. */
  @Override
  public void finish() {
    check.used().addAll(required);
    check.scope().globalReads().stream().map(GlobalUse::name).forEach(check.used()::add);
  }

  @Override
  public void call(Expr.Call e) {
    check
        .paths()
        .requireOf(e)
        .ifPresent(
            name -> {
              required.add(name);
              if (!declared(name)) {
                check.report(
                    "E110",
                    e.args().get(0).span(),
                    "require of module `"
                        + name
                        + "`, which is not declared in `modules` or `imports` of "
                        + check.entry().id()
                        + " (it fails with \"module '"
                        + name
                        + "' not found\")");
              }
            });
  }

  private boolean declared(String name) {
    return LuaEnvironment.isBaseGlobal(name)
        || check.bound().contains(name)
        || check.config().globals().contains(name);
  }
}
