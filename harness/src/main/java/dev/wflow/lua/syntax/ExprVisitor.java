package dev.wflow.lua.syntax;

/** One method per {@link Expr} kind; dispatch with {@code expr.accept(visitor)}. */
public interface ExprVisitor<R> {
  R visitNil(Expr.Nil e);

  R visitBool(Expr.Bool e);

  R visitNumber(Expr.Number e);

  R visitStr(Expr.Str e);

  R visitVarargRef(Expr.VarargRef e);

  R visitFunction(Expr.Function e);

  R visitTable(Expr.Table e);

  R visitBinary(Expr.Binary e);

  R visitUnary(Expr.Unary e);

  R visitNameRef(Expr.NameRef e);

  R visitIndex(Expr.Index e);

  R visitField(Expr.Field e);

  R visitCall(Expr.Call e);

  R visitMethodCall(Expr.MethodCall e);

  R visitParen(Expr.Paren e);

  R visitCast(Expr.Cast e);

  R visitNonNil(Expr.NonNil e);
}
