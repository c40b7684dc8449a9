package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.LuaNames;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.NumberLiteral;
import dev.wflow.lua.syntax.Stat;
import dev.wflow.lua.syntax.TypeExpr;
import dev.wflow.lua.syntax.UnaryOp;
import java.util.List;

/**
 * Records the edits that turn dialect source into Lua 5.2: types, casts and {@code !} become
 * blanks, 5.3 operators and type calls become helper calls. Scope tracking lives in {@link
 * TypeCallScope}; everything the edits do not touch stays byte for byte where it was.
 */
final class DialectRewriter extends AstWalker {
  static final String OPS = Lua53Operators.GLOBAL;

  /** {@code _ENV} is an ordinary name in the dialect but the environment in LuaJ (Lua 5.2). */
  static final String ENV_RENAMED = "__wflow_ENV";

  private final SourceEdits edits;
  private final Trivia trivia;
  private final String source;
  private final TypeCallScope scope = new TypeCallScope();
  private boolean usesOperators;
  private final java.util.Map<String, dev.wflow.lua.syntax.TypeExpr> typedLocals =
      new java.util.HashMap<>();
  private final TypeDescriptors descriptors;

  DialectRewriter(SourceEdits edits, Trivia trivia, String source) {
    this.edits = edits;
    this.trivia = trivia;
    this.source = source;
    this.descriptors = new TypeDescriptors(n -> source.substring(start(n), end(n)), typedLocals);
  }

  boolean usesOperators() {
    return usesOperators;
  }

  private int start(Node n) {
    return trivia.start(n.span());
  }

  private int end(Node n) {
    return trivia.end(n.span());
  }

  @Override
  public void walkBlock(Node.Block block) {
    scope.open();
    statements(block.stats());
    scope.close();
  }

  private void statements(List<Stat> stats) {
    for (Stat s : stats) {
      if (startsWithParen(s)) {
        // with a type statement erased, '(' could continue the previous statement
        edits.insert(start(s), ";");
      }
      s.accept(this);
    }
  }

  private static boolean startsWithParen(Stat s) {
    Expr e =
        s instanceof Stat.CallStat c
            ? c.call()
            : s instanceof Stat.Assign a ? a.targets().get(0) : null;
    while (e != null && !(e instanceof Expr.Paren)) {
      e = prefix(e);
    }
    return e != null;
  }

  /** The expression a suffixed expression starts with, or null for a primary one. */
  private static Expr prefix(Expr e) {
    if (e instanceof Expr.Call c) {
      return c.callee();
    } else if (e instanceof Expr.MethodCall m) {
      return m.receiver();
    } else if (e instanceof Expr.Field f) {
      return f.object();
    } else if (e instanceof Expr.Index i) {
      return i.object();
    } else if (e instanceof Expr.Cast c) {
      return c.expr();
    } else if (e instanceof Expr.NonNil n) {
      return n.expr();
    }
    return null;
  }

  @Override
  public Void visitRepeat(Stat.Repeat s) {
    scope.open(); // the condition sees the body's locals
    statements(s.body().stats());
    s.condition().accept(this);
    scope.close();
    return null;
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    walkExprs(s.values());
    for (Node.TypedName n : s.names()) {
      if (n.type() != null) {
        typedLocals.put(n.text(), n.type());
      }
    }
    declareAll(s.names());
    return null;
  }

  private void declareAll(List<Node.TypedName> names) {
    for (Node.TypedName n : names) {
      eraseAnnotation(n);
      rename(n.name());
      scope.declare(n.text());
    }
  }

  /** Blanks {@code : T} after a name. */
  private void eraseAnnotation(Node.TypedName n) {
    if (n.type() != null) {
      edits.blank(end(n.name()), end(n));
    }
  }

  private void rename(Node.Name name) {
    if (name.text().equals("_ENV")) {
      edits.replace(start(name), end(name), ENV_RENAMED);
    }
  }

  @Override
  public Void visitLocalFunction(Stat.LocalFunction s) {
    rename(s.name());
    scope.declare(s.name().text());
    walkFunction(s.body());
    return null;
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    rename(s.name().path().get(0));
    walkFunction(s.body());
    return null;
  }

  @Override
  protected void walkFunction(Node.FuncBody body) {
    if (!body.typeParams().isEmpty()) {
      List<Node.TypeParam> tps = body.typeParams();
      int close = trivia.skipForward(end(tps.get(tps.size() - 1)));
      edits.blank(start(body), close + 1); // '<T, U: C>'
    }
    if (body.vararg() != null && body.vararg().type() != null) {
      edits.blank(start(body.vararg()) + 3, end(body.vararg()));
    }
    if (body.returnType() != null) {
      int colon = trivia.skipBackward(start(body.returnType()));
      edits.blank(colon, end(body.returnType()));
    }
    scope.open();
    declareAll(body.params());
    statements(body.body().stats());
    scope.close();
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    walkBounds(s);
    scope.open();
    declareAll(List.of(s.var()));
    walkBlock(s.body());
    scope.close();
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    walkExprs(s.exprs());
    scope.open();
    declareAll(s.vars());
    walkBlock(s.body());
    scope.close();
    return null;
  }

  /**
   * {@code type X = T} keeps a value: {@code local X; X = __wflow_ops.type("X", descriptor)}, on
   * the declaration's first line, its other lines left empty so no line moves.
   */
  @Override
  public Void visitTypeAlias(Stat.TypeAlias s) {
    usesOperators = true;
    String name = s.name().text();
    List<String> params = s.typeParams().stream().map(p -> p.name().text()).toList();
    String descriptor = descriptors.of(s.type(), params);
    int from = start(s);
    int to = end(s);
    long newlines = source.substring(from, to).chars().filter(c -> c == '\n').count();
    edits.replace(
        from,
        to,
        "local "
            + name
            + "; "
            + name
            + " = "
            + OPS
            + ".type("
            + LuaNames.quote(name)
            + ", "
            + descriptor
            + ")"
            + "\n".repeat((int) newlines));
    scope.declare(name);
    return null;
  }

  @Override
  public Void visitInterface(Stat.Interface s) {
    edits.blank(start(s), end(s));
    return null;
  }

  @Override
  public Void visitNameRef(Expr.NameRef e) {
    if (e.name().equals("_ENV")) {
      edits.replace(start(e), end(e), ENV_RENAMED);
    }
    return null;
  }

  @Override
  public Void visitCall(Expr.Call e) {
    if (e.callee() instanceof Expr.NameRef n && scope.isTypeCall(n.name())) {
      usesOperators = true;
      edits.replace(start(n), end(n), OPS + "." + n.name());
    } else {
      e.callee().accept(this);
    }
    eraseTypeArgs(e.callee(), e.typeArgs());
    walkExprs(e.args());
    return null;
  }

  @Override
  public Void visitMethodCall(Expr.MethodCall e) {
    e.receiver().accept(this);
    eraseTypeArgs(e.method(), e.typeArgs());
    walkExprs(e.args());
    return null;
  }

  /** Blanks {@code ::<T, U>} written after {@code before}. */
  private void eraseTypeArgs(Node before, List<TypeExpr> typeArgs) {
    if (!typeArgs.isEmpty()) {
      int close = trivia.skipForward(end(typeArgs.get(typeArgs.size() - 1)));
      edits.blank(end(before), close + 1);
    }
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    String helper = OperatorLowering.helperFor(e);
    if (helper == null) {
      return super.visitBinary(e);
    }
    usesOperators = true;
    // '(' keeps the helper call out of tail position: LuaJ runs tail calls after the frame is
    // gone, and an error would lose the user's line.
    edits.insert(start(e.left()), "(" + OPS + "." + helper + "(");
    int op = trivia.skipForward(end(e.left()));
    edits.replace(op, op + e.op().symbol().length(), ",");
    e.left().accept(this);
    e.right().accept(this);
    edits.insert(end(e.right()), "))");
    return null;
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    if (e.op() != UnaryOp.BNOT) {
      return super.visitUnary(e);
    }
    usesOperators = true;
    int tilde = start(e);
    edits.replace(tilde, tilde + 1, "(" + OPS + ".bnot(");
    e.operand().accept(this);
    edits.insert(end(e.operand()), "))");
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    e.expr().accept(this);
    edits.blank(end(e.expr()), end(e));
    return null;
  }

  @Override
  public Void visitNonNil(Expr.NonNil e) {
    e.expr().accept(this);
    edits.blank(end(e.expr()), end(e));
    return null;
  }

  @Override
  public Void visitStr(Expr.Str e) {
    int from = start(e);
    int to = end(e);
    String raw = source.substring(from, to);
    if (!LuaStrings.isLong(raw)) {
      String fixed = LuaStrings.forLuaj(raw);
      if (!fixed.equals(raw)) {
        edits.replace(from, to, fixed);
      }
    }
    return null;
  }

  @Override
  public Void visitNumber(Expr.Number e) {
    String text = e.text();
    if (OperatorLowering.isHex(text) && NumberLiteral.value(text) instanceof Long v && v < 0) {
      // 5.3 hex integers wrap around 64 bits; LuaJ would read them as large floats.
      edits.replace(start(e), end(e), "(" + v + ")");
    }
    return null;
  }
}
