package dev.wflow.lint.rules;

import dev.wflow.lint.scope.GlobalPath;
import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Stat;
import java.util.Optional;

/**
 * D106: a workflow assigning a global or a field of a global table. Globals outlive one run in the
 * same Lua state, so a replay starts from whatever the last run left there.
 */
final class GlobalStateRule extends AstWalker {

  private final LuaCheck check;

  private GlobalStateRule(LuaCheck check) {
    this.check = check;
  }

  static void check(LuaCheck check) {
    if (check.inWorkflow()) {
      new GlobalStateRule(check).walk(check.chunk());
    }
  }

  @Override
  public Void visitAssign(Stat.Assign s) {
    for (Expr target : s.targets()) {
      if (target instanceof Expr.NameRef ref && check.scope().isGlobal(ref)) {
        report(ref.span(), "assigns the global `" + ref.name() + "` (use a local)");
      } else if (target instanceof Expr.Field f) {
        fieldOf(f.object(), target);
      } else if (target instanceof Expr.Index i) {
        fieldOf(i.object(), target);
      }
    }
    return super.visitAssign(s);
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    Node.Name first = s.name().path().get(0);
    if (check.scope().variableOfFunctionName(first) == null) {
      String name = String.join(".", s.name().path().stream().map(Node.Name::text).toList());
      report(
          first.span(),
          s.name().path().size() == 1 && !s.name().isMethod()
              ? "defines the global function `" + name + "` (use `local function`)"
              : "assigns into the global table `" + first.text() + "`");
    }
    return super.visitFunction(s);
  }

  /** {@code rawset(_G, "x", v)} assigns a global as surely as {@code x = v} does. */
  @Override
  public Void visitCall(Expr.Call c) {
    boolean rawset = check.paths().of(c.callee()).map(p -> p.text().equals("rawset")).orElse(false);
    if (rawset && !c.args().isEmpty()) {
      check
          .paths()
          .of(c.args().get(0))
          .ifPresent(t -> report(c.span(), "`rawset` on the global `" + t.text() + "`"));
    }
    return super.visitCall(c);
  }

  private void fieldOf(Expr object, Expr target) {
    Optional<GlobalPath> path = check.paths().of(object);
    if (path.isPresent() && path.get().via() == null) {
      report(target.span(), "assigns a field of the global `" + path.get().text() + "`");
    } else if (path.isPresent()) {
      report(
          target.span(),
          "assigns a field of the global `"
              + path.get().text()
              + "` (through `"
              + path.get().via().name()
              + "`)");
    }
  }

  private void report(dev.wflow.lua.syntax.Span span, String what) {
    check.report(
        "D106",
        span,
        "mutable global state in a workflow: "
            + what
            + ": a replay may not see the same value"
            + check.chainNote());
  }
}
