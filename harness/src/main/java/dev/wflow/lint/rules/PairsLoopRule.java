package dev.wflow.lint.rules;

import dev.wflow.lint.scope.GlobalPath;
import dev.wflow.lint.scope.Variable;
import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Stat;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * D108: a {@code pairs()} (or {@code next}) loop whose body issues workflow commands. For tables
 * keyed by tables or functions the order is an identity hash, different on every run, so the
 * commands come out in another order on replay.
 */
final class PairsLoopRule extends AstWalker {

  /** Calls that become Temporal commands or recorded side effects. */
  private static final List<String> COMMANDS =
      List.of(
          "funcs.call",
          "funcs.async",
          "workflow.exec",
          "workflow.version",
          "workflow.attrs",
          "time.sleep",
          "time.after",
          "time.timer",
          "time.ticker",
          "process.send",
          "process.spawn",
          "process.exec",
          "process.upgrade",
          "process.cancel",
          "uuid",
          "crypto.random",
          "coroutine.spawn");

  private final LuaCheck check;
  private final Map<Variable, Node.FuncBody> localFunctions;

  private PairsLoopRule(LuaCheck check, Map<Variable, Node.FuncBody> localFunctions) {
    this.check = check;
    this.localFunctions = localFunctions;
  }

  static void check(LuaCheck check) {
    if (check.inWorkflow()) {
      new PairsLoopRule(check, localFunctions(check)).walk(check.chunk());
    }
  }

  /** The body of every local function, so a loop calling one is judged by what it does. */
  private static Map<Variable, Node.FuncBody> localFunctions(LuaCheck check) {
    Map<Variable, Node.FuncBody> found = new IdentityHashMap<>();
    new AstWalker() {
      @Override
      public Void visitLocalFunction(Stat.LocalFunction s) {
        found.put(check.scope().variableDeclaredBy(s.name()), s.body());
        return super.visitLocalFunction(s);
      }

      @Override
      public Void visitLocal(Stat.Local s) {
        for (int i = 0; i < Math.min(s.names().size(), s.values().size()); i++) {
          if (s.values().get(i) instanceof Expr.Function f) {
            found.put(check.scope().variableDeclaredBy(s.names().get(i).name()), f.body());
          }
        }
        return super.visitLocal(s);
      }
    }.walk(check.chunk());
    return found;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    Optional<String> iterator = unorderedIterator(s.exprs());
    if (iterator.isPresent()) {
      CommandFinder finder = new CommandFinder(check, localFunctions);
      finder.walkBlock(s.body());
      if (finder.first != null) {
        check.report(
            "D108",
            s.exprs().get(0).span(),
            "`"
                + iterator.get()
                + "` loop issues workflow commands (`"
                + finder.first
                + "`): iteration order can"
                + " differ on replay; sort the keys or use ipairs"
                + check.chainNote());
      }
    }
    return super.visitGenericFor(s);
  }

  private Optional<String> unorderedIterator(List<Expr> exprs) {
    if (exprs.isEmpty()) {
      return Optional.empty();
    }
    Expr first = exprs.get(0);
    if (first instanceof Expr.Call c && named(c.callee(), "pairs")) {
      return Optional.of("pairs()");
    }
    return named(first, "next") ? Optional.of("next") : Optional.empty();
  }

  private boolean named(Expr e, String global) {
    return check.paths().of(e).map(GlobalPath::text).filter(global::equals).isPresent();
  }

  /** Finds the first command issued in a loop body, looking into the local functions it calls. */
  private static final class CommandFinder extends AstWalker {
    private final LuaCheck check;
    private final Map<Variable, Node.FuncBody> localFunctions;
    private final Set<Node.FuncBody> entered = Collections.newSetFromMap(new IdentityHashMap<>());
    private String first;

    CommandFinder(LuaCheck check, Map<Variable, Node.FuncBody> localFunctions) {
      this.check = check;
      this.localFunctions = localFunctions;
    }

    @Override
    public Void visitCall(Expr.Call e) {
      if (first == null && e.callee() instanceof Expr.NameRef ref) {
        Node.FuncBody body = localFunctions.get(check.scope().variableOf(ref));
        if (body != null && entered.add(body)) {
          walkFunction(body);
          if (first != null) {
            first = first + "` in `" + ref.name();
          }
        }
      }
      if (first == null) {
        check
            .paths()
            .of(e.callee())
            .filter(p -> COMMANDS.stream().anyMatch(p::startsWith))
            .ifPresent(p -> first = p.text());
      }
      return super.visitCall(e);
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall e) {
      String method = e.method().text();
      if (first == null
          && (method.equals("call") || method.equals("async"))
          && FuncsExecutor.of(e.receiver(), check.paths()).isPresent()) {
        first = "funcs.new():" + method;
      }
      return super.visitMethodCall(e);
    }
  }
}
