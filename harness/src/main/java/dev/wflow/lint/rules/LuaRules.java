package dev.wflow.lint.rules;

import java.util.List;

/** Runs every Lua rule over one entry's code; the order only matters for readability. */
final class LuaRules {

  private LuaRules() {}

  static void run(LuaCheck check) {
    DeterminismRule.check(check);
    GlobalStateRule.check(check);
    PairsLoopRule.check(check);
    ScopeRules.check(check);
    UnreachableRule.check(check);
    CallRule.walkAll(
        check,
        List.of(
            new ModuleUseRule(check), new EntryCallRule(check), new VersionAndDurationRule(check)));
    ExportRule.check(check);
  }
}
