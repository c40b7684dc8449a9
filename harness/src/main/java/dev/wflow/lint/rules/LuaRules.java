package dev.wflow.lint.rules;

/** Runs every Lua rule over one entry's code; the order only matters for readability. */
final class LuaRules {

  private LuaRules() {}

  static void run(LuaCheck check) {
    DeterminismRule.check(check);
    GlobalStateRule.check(check);
    PairsLoopRule.check(check);
    ScopeRules.check(check);
    UnreachableRule.check(check);
    ModuleUseRule.check(check);
    EntryCallRule.check(check);
    VersionAndDurationRule.check(check);
    ExportRule.check(check);
  }
}
