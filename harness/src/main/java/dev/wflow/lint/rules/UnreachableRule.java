package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.IfClause;
import dev.wflow.lua.syntax.Stat;
import java.util.List;

/**
 * W204: statements after one that never completes normally ({@code return}, {@code break}, {@code
 * goto}, {@code error(...)}, an {@code if} whose every branch ends so, a {@code while true} loop
 * without {@code break}). Reported once per block, at the first unreachable statement.
 */
final class UnreachableRule extends AstWalker {

  private final LuaCheck check;

  private UnreachableRule(LuaCheck check) {
    this.check = check;
  }

  static void check(LuaCheck check) {
    new UnreachableRule(check).walk(check.chunk());
  }

  @Override
  protected void enterBlock(Block block) {
    List<Stat> stats = block.stats();
    for (int i = 0; i + 1 < stats.size(); i++) {
      if (ends(stats.get(i)) && !(stats.get(i + 1) instanceof Stat.Label)) {
        check.report(
            "W204",
            stats.get(i + 1).span(),
            "unreachable code: the statement at line "
                + stats.get(i).span().line()
                + " never completes");
        return;
      }
    }
  }

  /** True when control never continues after {@code s}. */
  private boolean ends(Stat s) {
    if (s instanceof Stat.Return || s instanceof Stat.Break || s instanceof Stat.Goto) {
      return true;
    }
    if (s instanceof Stat.CallStat c && c.call() instanceof Expr.Call call) {
      return check.paths().of(call.callee()).filter(p -> p.text().equals("error")).isPresent();
    }
    if (s instanceof Stat.Do d) {
      return endsBlock(d.body());
    }
    if (s instanceof Stat.If i) {
      return i.orElse() != null
          && endsBlock(i.orElse())
          && i.clauses().stream().map(IfClause::block).allMatch(this::endsBlock);
    }
    if (s instanceof Stat.While w) {
      return w.condition() instanceof Expr.Bool b && b.value() && !breaks(w.body());
    }
    if (s instanceof Stat.Repeat r) {
      return r.condition() instanceof Expr.Bool b && !b.value() && !breaks(r.body());
    }
    return false;
  }

  private boolean endsBlock(Block b) {
    return b.stats().stream().anyMatch(this::ends);
  }

  /** True when a {@code break} leaves this loop body (not an inner loop's) or a goto jumps out. */
  private static boolean breaks(Node.Block body) {
    for (Stat s : body.stats()) {
      if (s instanceof Stat.Break || s instanceof Stat.Goto) {
        return true;
      }
      if (s instanceof Stat.Do d && breaks(d.body())) {
        return true;
      }
      if (s instanceof Stat.If i
          && (i.clauses().stream().anyMatch(c -> breaks(c.block()))
              || (i.orElse() != null && breaks(i.orElse())))) {
        return true;
      }
    }
    return false;
  }
}
