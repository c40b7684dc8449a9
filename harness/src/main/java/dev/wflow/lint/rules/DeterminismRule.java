package dev.wflow.lint.rules;

import dev.wflow.lint.scope.GlobalPath;
import dev.wflow.lint.scope.Variable;
import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Span;
import dev.wflow.lua.syntax.Stat;
import dev.wflow.lua.syntax.TableField;
import java.util.List;
import java.util.Optional;

/**
 * D101–D105, D107 and D109 in workflow code: uses of globals that make a workflow's commands differ
 * between the first run and a replay. A use through a local alias is reported where the alias is
 * used ({@code local t = os.time; t()} at {@code t}); a local named like a global is not that
 * global.
 */
final class DeterminismRule extends AstWalker {

  private record Forbidden(String path, String code, String what, String advice) {}

  private static final String CLOCK = "wall clock in a workflow";
  private static final String RANDOM = "randomness in a workflow";
  private static final String IO = "I/O in a workflow";
  private static final String DYNAMIC = "dynamic code in a workflow";
  private static final String ACTIVITY = "do it in an activity called with `funcs.call`";

  private static final List<Forbidden> FORBIDDEN =
      List.of(
          new Forbidden("os.time", "D101", CLOCK, "use `time.now()`"),
          new Forbidden("os.date", "D101", CLOCK, "use `time.now()`"),
          new Forbidden("os.clock", "D101", CLOCK, "use `time.now()`"),
          new Forbidden("math.random", "D102", RANDOM, "use `uuid` or an activity"),
          new Forbidden("math.randomseed", "D102", RANDOM, "use `uuid` or an activity"),
          new Forbidden("io", "D103", IO, ACTIVITY),
          new Forbidden("os.execute", "D103", IO, ACTIVITY),
          new Forbidden("os.remove", "D103", IO, ACTIVITY),
          new Forbidden("os.rename", "D103", IO, ACTIVITY),
          new Forbidden("os.exit", "D103", IO, "return from the workflow function instead"),
          new Forbidden("os.tmpname", "D103", IO, ACTIVITY),
          new Forbidden("dofile", "D103", IO, "import a library.lua entry instead"),
          new Forbidden("loadfile", "D103", IO, "import a library.lua entry instead"),
          new Forbidden(
              "os.getenv",
              "D104",
              "environment read in a workflow",
              "pass the value in the workflow input or read it in an activity"),
          new Forbidden("load", "D105", DYNAMIC, "import a library.lua entry instead"),
          new Forbidden("loadstring", "D105", DYNAMIC, "import a library.lua entry instead"),
          new Forbidden("setfenv", "D105", DYNAMIC, "replay cannot reproduce environments"),
          new Forbidden("getfenv", "D105", DYNAMIC, "replay cannot reproduce environments"),
          new Forbidden("debug", "D105", DYNAMIC, "`debug` does not exist in Wippy"),
          new Forbidden(
              "print",
              "D107",
              "output in a workflow",
              "it repeats on every replay; remove it or log from an activity"),
          new Forbidden(
              "collectgarbage",
              "D109",
              "garbage-collector dependent code in a workflow",
              "collection timing differs between a run and its replay"));

  private final LuaCheck check;

  private DeterminismRule(LuaCheck check) {
    this.check = check;
  }

  static void check(LuaCheck check) {
    if (check.inWorkflow()) {
      new DeterminismRule(check).walk(check.chunk());
    }
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    // An alias's initializer is not a use; the alias's own uses are.
    for (int i = 0; i < s.values().size(); i++) {
      Variable v =
          i < s.names().size() ? check.scope().variableDeclaredBy(s.names().get(i).name()) : null;
      if (v == null || !check.paths().isAlias(v)) {
        s.values().get(i).accept(this);
      }
    }
    return null;
  }

  @Override
  public Void visitNameRef(Expr.NameRef e) {
    inspect(e, e.span());
    return null;
  }

  @Override
  public Void visitField(Expr.Field e) {
    if (!inspect(e, e.span())) {
      super.visitField(e);
    }
    return null;
  }

  @Override
  public Void visitIndex(Expr.Index e) {
    if (!(e.key() instanceof Expr.Str) || !inspect(e, e.span())) {
      super.visitIndex(e);
    }
    return null;
  }

  @Override
  public Void visitTable(Expr.Table e) {
    for (TableField f : e.fields()) {
      if (f instanceof TableField.Named n) {
        metamethod(n.key().text(), n.key().span());
      } else if (f instanceof TableField.Keyed k && k.key() instanceof Expr.Str s) {
        metamethod(s.value(), k.key().span());
      }
    }
    return super.visitTable(e);
  }

  @Override
  public Void visitAssign(Stat.Assign s) {
    for (Expr target : s.targets()) {
      if (target instanceof Expr.Field f) {
        metamethod(f.name().text(), f.name().span());
      } else if (target instanceof Expr.Index i && i.key() instanceof Expr.Str key) {
        metamethod(key.value(), i.key().span());
      }
    }
    return super.visitAssign(s);
  }

  private void metamethod(String key, Span span) {
    if (key.equals("__mode") || key.equals("__gc")) {
      String what = key.equals("__mode") ? "weak table (`__mode`)" : "finalizer (`__gc`)";
      check.report(
          "D109",
          span,
          what
              + " in a workflow: garbage-collector dependent behaviour"
              + " differs between a run and its replay"
              + check.chainNote());
    }
  }

  /** Reports {@code e} when it names a forbidden global; true when its path was known. */
  private boolean inspect(Expr e, Span span) {
    Optional<GlobalPath> path = check.paths().of(e);
    if (path.isEmpty()) {
      return false;
    }
    for (Forbidden f : FORBIDDEN) {
      if (path.get().startsWith(f.path())) {
        check.report(f.code(), span, message(f, path.get()));
        break;
      }
    }
    return true;
  }

  private String message(Forbidden f, GlobalPath path) {
    Variable via = path.via();
    String named =
        via == null
            ? "`" + path.text() + "`"
            : "`"
                + path.text()
                + "` through the alias `"
                + via.name()
                + "` (line "
                + via.declaration().span().line()
                + ")";
    return f.what() + ": " + named + " (" + f.advice() + ")" + check.chainNote();
  }
}
