package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.scope.ScopeModel.GlobalUse;
import dev.wflow.lint.scope.ScopeModel.Shadowing;
import dev.wflow.lint.scope.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** W201 undefined globals, W202 unused locals, W203 shadowing locals. */
final class ScopeRules {

  private ScopeRules() {}

  static void check(LuaCheck check) {
    undefinedGlobals(check);
    unusedVariables(check);
    for (Shadowing s : check.scope().shadowings()) {
      Variable v = s.variable();
      check.report(
          "W203",
          v.declaration().span(),
          "`"
              + v.name()
              + "` shadows the "
              + describe(s.shadowed())
              + " declared at line "
              + s.shadowed().declaration().span().line());
    }
  }

  private static void undefinedGlobals(LuaCheck check) {
    for (GlobalUse use : check.scope().globalReads()) {
      if (isKnown(check, use.name())) {
        continue;
      }
      check.report(
          "W201", use.span(), "`" + use.name() + "` is an undefined global" + cause(check, use));
    }
  }

  /** True when the entry sees a global of that name, or a D rule already reports its use. */
  static boolean isKnown(LuaCheck check, String name) {
    return LuaEnvironment.isBaseGlobal(name)
        || check.bound().contains(name)
        || check.config().globals().contains(name)
        || check.scope().assignsGlobal(name)
        || (check.entry().isTest() && LuaEnvironment.isTestGlobal(name))
        || (check.inWorkflow() && LuaEnvironment.isAbsentLibrary(name));
  }

  private static String cause(LuaCheck check, GlobalUse use) {
    Optional<Variable> later = check.scope().declaredLater(use.name(), use.span());
    if (later.isPresent()) {
      return "; a local with this name is declared later at line "
          + later.get().declaration().span().line()
          + " (declare it before the function that uses it)";
    }
    if (LuaEnvironment.isBuiltinModule(use.name())) {
      return " (module `" + use.name() + "` is not listed in `modules`)";
    }
    if (LuaEnvironment.isAbsentLibrary(use.name())) {
      return " (Wippy has no `" + use.name() + "` library)";
    }
    return NameSuggestion.closest(use.name(), knownNames(check))
        .map(s -> "; did you mean `" + s + "`?")
        .orElse("");
  }

  private static List<String> knownNames(LuaCheck check) {
    List<String> names = new ArrayList<>(LuaEnvironment.baseGlobals());
    names.addAll(check.bound());
    names.addAll(check.config().globals());
    return names;
  }

  private static void unusedVariables(LuaCheck check) {
    for (Variable v : check.scope().variables()) {
      if (v.reads() > 0 || v.exempt() || usedAfter(v)) {
        continue;
      }
      String message =
          v.writes() > 0
              ? describe(v) + " `" + v.name() + "` is assigned but never read"
              : "unused " + describe(v) + " `" + v.name() + "`";
      if (v.parameters() != null && signatureFixedByCaller(check, v.parameters())) {
        check.report("W202", Severity.HINT, v.declaration().span(), message);
      } else {
        check.report("W202", v.declaration().span(), message);
      }
    }
  }

  /**
   * A callback, or the entry's own method: the caller (a library, the platform) fixes the
   * signature, so an unused parameter there is only a hint.
   */
  private static boolean signatureFixedByCaller(LuaCheck check, Variable.Parameters p) {
    return p.callback() || check.entry().method().equals(p.function());
  }

  /** ESLint's after-used: a parameter followed by a used one keeps its place in the signature. */
  private static boolean usedAfter(Variable v) {
    if (v.parameters() == null) {
      return false;
    }
    List<Variable> all = v.parameters().all();
    for (int i = all.indexOf(v) + 1; i < all.size(); i++) {
      if (all.get(i).reads() > 0) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Variable v) {
    return switch (v.kind()) {
      case FUNCTION -> "local function";
      case PARAMETER -> "parameter";
      case LOOP -> "loop variable";
      case TYPE -> "type";
      default -> "local";
    };
  }
}
