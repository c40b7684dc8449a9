package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.Node.FuncBody;
import dev.wflow.lua.syntax.Node.Name;
import java.util.List;

/**
 * Expressions. Scope-relevant shapes are explicit: {@link NameRef} is every use of a variable,
 * {@link Call}/{@link MethodCall} keep the callee, {@link Table} keeps its fields.
 *
 * <pre>{@code
 * if (e instanceof Expr.Call c && c.callee() instanceof Expr.Field f) ... // os.time()
 * }</pre>
 */
public sealed interface Expr extends Node {
  <R> R accept(ExprVisitor<R> v);

  record Nil(Span span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNil(this);
    }
  }

  record Bool(Span span, boolean value) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBool(this);
    }
  }

  /** A numeral as written; {@link #value()} is a Long or a Double. */
  record Number(Span span, String text) implements Expr {
    public java.lang.Number value() {
      return NumberLiteral.value(text);
    }

    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNumber(this);
    }
  }

  /** A string literal; {@code value} is decoded (escapes applied). */
  record Str(Span span, String value) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitStr(this);
    }
  }

  /** {@code ...} used as a value. */
  record VarargRef(Span span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitVarargRef(this);
    }
  }

  record Function(Span span, FuncBody body) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitFunction(this);
    }
  }

  record Table(Span span, List<TableField> fields) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitTable(this);
    }
  }

  record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBinary(this);
    }
  }

  record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnary(this);
    }
  }

  /** A variable use: local, upvalue or global (the linter resolves which). */
  record NameRef(Span span, String name) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNameRef(this);
    }
  }

  /** {@code object[key]}. */
  record Index(Span span, Expr object, Expr key) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIndex(this);
    }
  }

  /** {@code object.name}. */
  record Field(Span span, Expr object, Name name) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitField(this);
    }
  }

  /** {@code callee(args)}, {@code callee "s"}, {@code callee {…}}, {@code callee::<T>(args)}. */
  record Call(Span span, Expr callee, List<TypeExpr> typeArgs, List<Expr> args) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** {@code receiver:method(args)}. */
  record MethodCall(Span span, Expr receiver, Name method, List<TypeExpr> typeArgs, List<Expr> args)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitMethodCall(this);
    }
  }

  /** {@code (inner)}: also truncates a multi-value expression to one value. */
  record Paren(Span span, Expr inner) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitParen(this);
    }
  }

  /** {@code expr :: T} or {@code expr as T}; erased at run time. */
  record Cast(Span span, Expr expr, TypeExpr type, boolean asKeyword) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCast(this);
    }
  }

  /** {@code expr!}, the non-nil assertion; erased at run time. */
  record NonNil(Span span, Expr expr) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNonNil(this);
    }
  }
}
