package dev.wflow.lint.scope;

import dev.wflow.lint.scope.ScopeModel.GlobalUse;
import dev.wflow.lint.scope.ScopeModel.Shadowing;
import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.FuncBody;
import dev.wflow.lua.syntax.Stat;
import dev.wflow.lua.syntax.TypeExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every name of a chunk by Lua's scoping rules: a {@code local} is visible after its
 * statement to the end of its block, a local function inside its own body, parameters and loop
 * variables in their body, the locals of a {@code repeat} body in its {@code until} condition.
 *
 * <pre>{@code
 * ScopeModel model = ScopeResolver.resolve(parseResult.chunk());
 * }</pre>
 */
public final class ScopeResolver extends AstWalker {

  /** A block being walked and the names declared in it so far. */
  private record Frame(Block block, Map<String, Variable> names) {}

  /**
   * A declaration waiting for the next block (parameters, loop variables, {@code self}); {@code
   * parameters} groups a function's parameters.
   */
  private record Pending(Node.Name name, Variable.Kind kind, List<Variable> parameters) {
    Pending(Node.Name name, Variable.Kind kind) {
      this(name, kind, null);
    }
  }

  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<Pending> pending = new ArrayList<>();
  private final IdentityHashMap<Expr.NameRef, Variable> bindings = new IdentityHashMap<>();
  private final IdentityHashMap<Node.Name, Variable> functionNames = new IdentityHashMap<>();
  private final List<Variable> variables = new ArrayList<>();
  private final List<Shadowing> shadowings = new ArrayList<>();
  private final List<GlobalUse> globalReads = new ArrayList<>();
  private final List<GlobalUse> globalWrites = new ArrayList<>();
  private final Set<FuncBody> callbacks =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<List<Variable>, Boolean> callbackLists = new IdentityHashMap<>();
  private final Map<List<Variable>, String> functionOf = new IdentityHashMap<>();
  private String nextFunctionName;

  private ScopeResolver() {}

  /** Resolves the names of {@code chunk}. */
  public static ScopeModel resolve(Node.Chunk chunk) {
    ScopeResolver resolver = new ScopeResolver();
    resolver.walk(chunk);
    return new ScopeModel(
        resolver.bindings,
        resolver.functionNames,
        resolver.variables,
        resolver.shadowings,
        resolver.globalReads,
        resolver.globalWrites);
  }

  @Override
  protected void enterBlock(Block block) {
    frames.push(new Frame(block, new HashMap<>()));
    List<Pending> now = new ArrayList<>(pending);
    pending.clear();
    for (Pending p : now) {
      Variable v = declare(p.name(), p.kind(), null);
      if (p.parameters() != null) {
        p.parameters().add(v);
        v.parameters(
            new Variable.Parameters(
                p.parameters(), callbackLists.get(p.parameters()), functionOf.get(p.parameters())));
      }
    }
  }

  @Override
  protected void exitBlock(Block block) {
    frames.pop();
  }

  @Override
  protected void enterFunction(FuncBody body) {
    // Types of the signature are resolved where the function is written, before its parameters.
    TypeReferences.walkParams(body.typeParams(), this::useName, this::useExpr);
    body.params().forEach(p -> types(p.type()));
    if (body.vararg() != null) {
      types(body.vararg().type());
    }
    types(body.returnType());
    List<Variable> params = new ArrayList<>();
    callbackLists.put(params, callbacks.contains(body));
    functionOf.put(params, nextFunctionName);
    nextFunctionName = null;
    body.params().forEach(p -> pending.add(new Pending(p.name(), Variable.Kind.PARAMETER, params)));
  }

  @Override
  public Void visitCall(Expr.Call e) {
    markCallbacks(e.args());
    return super.visitCall(e);
  }

  @Override
  public Void visitMethodCall(Expr.MethodCall e) {
    markCallbacks(e.args());
    return super.visitMethodCall(e);
  }

  private void markCallbacks(List<Expr> args) {
    for (Expr a : args) {
      if (a instanceof Expr.Function f) {
        callbacks.add(f.body());
      }
    }
  }

  @Override
  public Void visitTypeAlias(Stat.TypeAlias s) {
    TypeReferences.walkParams(s.typeParams(), this::useName, this::useExpr);
    types(s.type());
    declare(s.name(), Variable.Kind.TYPE, null);
    return null;
  }

  @Override
  public Void visitInterface(Stat.Interface s) {
    s.parents().forEach(this::types);
    TypeReferences.walkMembers(s.members(), this::useName, this::useExpr);
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    e.expr().accept(this);
    types(e.type());
    return null;
  }

  private void types(TypeExpr type) {
    TypeReferences.walk(type, this::useName, this::useExpr);
  }

  /** A name in a type: a read of the local it names, if any (type names are not globals). */
  private void useName(Node.Name name) {
    Variable v = lookup(name.text());
    if (v != null) {
      v.read();
    }
  }

  private void useExpr(Expr e) {
    e.accept(this);
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    walkExprs(s.values());
    s.names().forEach(n -> types(n.type()));
    for (int i = 0; i < s.names().size(); i++) {
      Expr init = i < s.values().size() ? s.values().get(i) : null;
      declare(s.names().get(i).name(), Variable.Kind.LOCAL, init);
    }
    return null;
  }

  @Override
  public Void visitLocalFunction(Stat.LocalFunction s) {
    declare(s.name(), Variable.Kind.FUNCTION, null);
    nextFunctionName = s.name().text();
    walkFunction(s.body());
    return null;
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    Node.Name first = s.name().path().get(0);
    boolean plainName = s.name().path().size() == 1 && !s.name().isMethod();
    Variable v = lookup(first.text());
    if (v != null) {
      functionNames.put(first, v);
      if (plainName) {
        v.write();
      } else {
        v.read();
      }
    } else if (plainName) {
      globalWrites.add(new GlobalUse(first.text(), first.span()));
    } else {
      globalReads.add(new GlobalUse(first.text(), first.span()));
    }
    if (s.name().isMethod()) {
      Node.Name self = new Node.Name(s.name().method().span(), "self");
      pending.add(new Pending(self, Variable.Kind.SELF));
    }
    List<Node.Name> path = s.name().path();
    nextFunctionName =
        s.name().isMethod() ? s.name().method().text() : path.get(path.size() - 1).text();
    walkFunction(s.body());
    return null;
  }

  @Override
  public Void visitAssign(Stat.Assign s) {
    for (Expr target : s.targets()) {
      if (target instanceof Expr.NameRef ref) {
        Variable v = lookup(ref.name());
        if (v != null) {
          bindings.put(ref, v);
          v.write();
        } else {
          globalWrites.add(new GlobalUse(ref.name(), ref.span()));
        }
      } else {
        target.accept(this);
      }
    }
    walkExprs(s.values());
    return null;
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    walkBounds(s);
    pending.add(new Pending(s.var().name(), Variable.Kind.LOOP));
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    walkExprs(s.exprs());
    s.vars().forEach(v -> pending.add(new Pending(v.name(), Variable.Kind.LOOP)));
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitNameRef(Expr.NameRef e) {
    Variable v = lookup(e.name());
    if (v != null) {
      bindings.put(e, v);
      v.read();
    } else {
      globalReads.add(new GlobalUse(e.name(), e.span()));
    }
    return null;
  }

  private Variable declare(Node.Name name, Variable.Kind kind, Expr initializer) {
    Frame top = frames.peek();
    Variable v = new Variable(name, kind, top.block().span(), initializer);
    if (!v.exempt() && !top.names().containsKey(name.text())) {
      Variable outer = lookup(name.text());
      if (outer != null) {
        shadowings.add(new Shadowing(v, outer));
      }
    }
    top.names().put(name.text(), v);
    variables.add(v);
    return v;
  }

  private Variable lookup(String name) {
    for (Frame f : frames) {
      Variable v = f.names().get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
