package dev.wflow.lua.syntax;

/**
 * Every AST node: it knows where it is. The node families are {@link Stat}, {@link Expr}, {@link
 * TypeExpr} and the small records below; walk them with {@link AstWalker} or the typed visitors.
 */
public interface Node {
  Span span();

  /** An identifier as written, with its own position (a local's name, a field, a label). */
  record Name(Span span, String text) implements Node {}

  /** A name with an optional type annotation: {@code x}, {@code x: number}. */
  record TypedName(Span span, Name name, TypeExpr type) implements Node {
    public String text() {
      return name.text();
    }
  }

  /** A statement list; {@code stats} ends with at most one {@link Stat.Return}. */
  record Block(Span span, java.util.List<Stat> stats) implements Node {}

  /** A whole file. */
  record Chunk(Span span, String name, Block block) implements Node {}

  /**
   * The shared part of {@code function} statements, local functions and function expressions.
   * {@code vararg} is null unless the function takes {@code ...}; {@code returnType} is null when
   * not annotated.
   */
  record FuncBody(
      Span span,
      java.util.List<TypeParam> typeParams,
      java.util.List<TypedName> params,
      Vararg vararg,
      TypeExpr returnType,
      Block body)
      implements Node {
    public boolean isVararg() {
      return vararg != null;
    }
  }

  /** A {@code ...} parameter, optionally typed ({@code ...: number}). */
  record Vararg(Span span, TypeExpr type) implements Node {}

  /** A generic parameter {@code T}, {@code T: Constraint}, {@code T = Default}. */
  record TypeParam(Span span, Name name, TypeExpr constraint, TypeExpr defaultType)
      implements Node {}

  /** One {@code if}/{@code elseif} arm. */
  record IfClause(Span span, Expr condition, Block block) implements Node {}

  /** {@code a.b.c} or {@code a.b:c} in a {@code function} statement. */
  record FunctionName(Span span, java.util.List<Name> path, Name method) implements Node {
    public boolean isMethod() {
      return method != null;
    }
  }
}
