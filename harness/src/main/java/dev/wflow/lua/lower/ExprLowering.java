package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.BinaryOp;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.ExprVisitor;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.NumberLiteral;
import dev.wflow.lua.syntax.Span;
import dev.wflow.lua.syntax.TableField;
import dev.wflow.lua.syntax.UnaryOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes expressions as Lua 5.2: casts and {@code !} vanish, the 5.3 operators and type calls
 * become calls into {@link Lua53Operators}. The AST keeps explicit parentheses, so emitting it
 * verbatim preserves the structure without adding any.
 */
abstract class ExprLowering implements ExprVisitor<Void> {
  static final String OPS = Lua53Operators.GLOBAL;
  private static final Set<String> TYPE_CALLS = Set.of("string", "integer", "number", "boolean");

  final SourceWriter w;
  final SourceLines lines;
  boolean usesOperators;

  /** Per open scope, the type-call names it declares as locals (which then are not casts). */
  private final Deque<List<String>> scopes = new ArrayDeque<>();

  private final Map<String, Integer> shadowed = new HashMap<>();

  ExprLowering(SourceWriter w, SourceLines lines) {
    this.w = w;
    this.lines = lines;
  }

  /** Writes {@code ( params ) body end} of a function; {@code method} adds no parameter. */
  abstract void functionBody(Node.FuncBody body);

  void openScope() {
    scopes.push(new ArrayList<>(0));
  }

  void closeScope() {
    for (String name : scopes.pop()) {
      shadowed.merge(name, -1, Integer::sum);
    }
  }

  void declare(String name) {
    if (TYPE_CALLS.contains(name) && !scopes.isEmpty()) {
      scopes.peek().add(name);
      shadowed.merge(name, 1, Integer::sum);
    }
  }

  /**
   * A variable's name in the lowered text. {@code _ENV} is an ordinary name in the dialect but the
   * environment in LuaJ (Lua 5.2), so it is renamed.
   */
  static String variable(String name) {
    return "_ENV".equals(name) ? "__wflow_ENV" : name;
  }

  void expr(Expr e) {
    e.accept(this);
  }

  void exprList(List<Expr> list) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        w.token(",");
      }
      expr(list.get(i));
    }
  }

  /**
   * An operator helper call, parenthesised so that {@code return a // b} is no tail call: LuaJ runs
   * tail calls after the frame is gone, and the error would lose the user's line.
   */
  private void helperCall(Span at, String helper, Expr... args) {
    usesOperators = true;
    w.token(at.line(), "(");
    w.token(OPS + "." + helper);
    w.token("(");
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        w.token(",");
      }
      expr(args[i]);
    }
    w.token(")");
    w.token(")");
  }

  @Override
  public Void visitNil(Expr.Nil e) {
    w.token(e.span().line(), "nil");
    return null;
  }

  @Override
  public Void visitBool(Expr.Bool e) {
    w.token(e.span().line(), e.value() ? "true" : "false");
    return null;
  }

  @Override
  public Void visitNumber(Expr.Number e) {
    String text = e.text();
    if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
      // 5.3 hex integers wrap around 64 bits; LuaJ would read them as large floats.
      long v = (Long) NumberLiteral.value(text);
      text = v < 0 ? "(" + v + ")" : Long.toString(v);
    }
    w.token(e.span().line(), text);
    return null;
  }

  @Override
  public Void visitStr(Expr.Str e) {
    Span s = e.span();
    String raw = lines.text(s.line(), s.column(), s.endLine(), s.endColumn());
    w.at(s.line());
    if (LuaStrings.isLong(raw)) {
      w.multiline(raw, s.endLine());
    } else {
      w.token(LuaStrings.shortLiteral(raw));
    }
    return null;
  }

  @Override
  public Void visitVarargRef(Expr.VarargRef e) {
    w.token(e.span().line(), "...");
    return null;
  }

  @Override
  public Void visitFunction(Expr.Function e) {
    w.token(e.span().line(), "function");
    functionBody(e.body());
    return null;
  }

  @Override
  public Void visitTable(Expr.Table e) {
    w.token(e.span().line(), "{");
    for (int i = 0; i < e.fields().size(); i++) {
      if (i > 0) {
        w.token(",");
      }
      TableField f = e.fields().get(i);
      if (f instanceof TableField.Keyed k) {
        w.token(k.span().line(), "[");
        expr(k.key());
        w.token("]");
        w.token("=");
      } else if (f instanceof TableField.Named n) {
        w.token(n.key().span().line(), n.key().text());
        w.token("=");
      }
      expr(f.value());
    }
    w.token(e.span().endLine(), "}");
    return null;
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    BinaryOp op = e.op();
    if (!op.isLua53() && op != BinaryOp.MOD) {
      expr(e.left());
      w.token(op.symbol());
      expr(e.right());
      return null;
    }
    String helper =
        switch (op) {
          case IDIV -> isFloatLiteral(e.left()) || isFloatLiteral(e.right()) ? "fidiv" : "idiv";
          // LuaJ's own % differs from 5.3 (no integer error, a - b*floor(a/b) instead of fmod)
          case MOD -> isFloatLiteral(e.left()) || isFloatLiteral(e.right()) ? "fmod" : "mod";
          case BAND -> "band";
          case BOR -> "bor";
          case BXOR -> "bxor";
          case SHL -> "shl";
          default -> "shr";
        };
    helperCall(e.span(), helper, e.left(), e.right());
    return null;
  }

  private static boolean isFloatLiteral(Expr e) {
    while (e instanceof Expr.Paren p || e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
      e = e instanceof Expr.Paren p ? p.inner() : ((Expr.Unary) e).operand();
    }
    if (e instanceof Expr.Number n) {
      String t = n.text();
      boolean hex = t.length() > 1 && (t.charAt(1) == 'x' || t.charAt(1) == 'X');
      return !hex && (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0);
    }
    return false;
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    if (e.op() == UnaryOp.BNOT) {
      helperCall(e.span(), "bnot", e.operand());
      return null;
    }
    w.token(e.span().line(), e.op().symbol());
    expr(e.operand());
    return null;
  }

  @Override
  public Void visitNameRef(Expr.NameRef e) {
    w.token(e.span().line(), variable(e.name()));
    return null;
  }

  @Override
  public Void visitIndex(Expr.Index e) {
    expr(e.object());
    w.token(e.key().span().line(), "[");
    expr(e.key());
    w.token("]");
    return null;
  }

  @Override
  public Void visitField(Expr.Field e) {
    expr(e.object());
    w.token(e.name().span().line(), ".");
    w.token(e.name().text());
    return null;
  }

  @Override
  public Void visitCall(Expr.Call e) {
    if (e.callee() instanceof Expr.NameRef n && isTypeCall(n.name())) {
      usesOperators = true;
      w.token(n.span().line(), OPS + "." + n.name());
    } else {
      expr(e.callee());
    }
    arguments(e.args());
    return null;
  }

  private boolean isTypeCall(String name) {
    return TYPE_CALLS.contains(name) && shadowed.getOrDefault(name, 0) == 0;
  }

  private void arguments(List<Expr> args) {
    w.token("(");
    exprList(args);
    w.token(")");
  }

  @Override
  public Void visitMethodCall(Expr.MethodCall e) {
    expr(e.receiver());
    w.token(e.method().span().line(), ":");
    w.token(e.method().text());
    arguments(e.args());
    return null;
  }

  @Override
  public Void visitParen(Expr.Paren e) {
    w.token(e.span().line(), "(");
    expr(e.inner());
    w.token(")");
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    expr(e.expr());
    return null;
  }

  @Override
  public Void visitNonNil(Expr.NonNil e) {
    expr(e.expr());
    return null;
  }
}
