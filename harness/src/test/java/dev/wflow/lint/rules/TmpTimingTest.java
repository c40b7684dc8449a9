package dev.wflow.lint.rules;

import dev.wflow.lint.LintConfig;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TmpTimingTest {
  @Test
  void time() {
    Path root = Path.of("../bench/out/lint-corpus");
    ProjectLoad load = Project.load(root);
    List<Entry> entries = load.project().entries();
    List<ParseResult> parsed = entries.stream().map(e -> LuaParser.parse(e.source().get().chunkName(), e.source().get().text())).toList();
    List<Consumer<LuaCheck>> rules = List.of(DeterminismRule::check, GlobalStateRule::check, PairsLoopRule::check, ScopeRules::check, UnreachableRule::check, ModuleUseRule::check, EntryCallRule::check, VersionAndDurationRule::check);
    for (int round = 0; round < 5; round++) {
      long[] t = new long[rules.size() + 2];
      for (int i = 0; i < entries.size(); i++) {
        long a = System.nanoTime();
        LuaCheck c = LuaCheck.of(entries.get(i), load.project(), LintConfig.DEFAULT, "x", parsed.get(i).chunk(), List.of(), code -> Severity.ERROR);
        t[0] += System.nanoTime() - a;
        for (int r = 0; r < rules.size(); r++) {
          long b = System.nanoTime();
          rules.get(r).accept(c);
          t[r + 1] += System.nanoTime() - b;
        }
      }
      long p = System.nanoTime();
      for (int i = 0; i < entries.size(); i++) LuaParser.parse(entries.get(i).source().get().chunkName(), entries.get(i).source().get().text());
      t[rules.size() + 1] = System.nanoTime() - p;
      StringBuilder sb = new StringBuilder("round " + round + ":");
      for (long x : t) sb.append(' ').append(x / 1000000);
      System.out.println(sb);
    }
  }
}
