package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import java.util.List;

/**
 * Type expressions of the gradual type syntax. They never affect run-time behaviour; the lowering
 * erases them.
 *
 * <pre>{@code
 * // {name: string, age?: number}
 * new TypeExpr.Record(span, List.of(field("name", str), optionalField("age", num)))
 * }</pre>
 */
public sealed interface TypeExpr extends Node {

  /** {@code number}, {@code mod.Name}, {@code Box<A, B>}: a path and optional type arguments. */
  record Named(Span span, List<Name> path, List<TypeExpr> args) implements TypeExpr {
    public String qualifiedName() {
      return String.join(".", path.stream().map(Name::text).toList());
    }
  }

  /**
   * {@code "pending"}, {@code 42}, {@code true}, {@code nil}: {@code value} is the Expr literal.
   */
  record Literal(Span span, Expr value) implements TypeExpr {}

  /** {@code T?}. */
  record Optional(Span span, TypeExpr inner) implements TypeExpr {}

  /** {@code A | B | C}. */
  record Union(Span span, List<TypeExpr> members) implements TypeExpr {}

  /** {@code A & B}. */
  record Intersection(Span span, List<TypeExpr> members) implements TypeExpr {}

  /** {@code {T}} or {@code T[]}. */
  record Array(Span span, TypeExpr element) implements TypeExpr {}

  /** {@code {[K]: V}}. */
  record Map(Span span, TypeExpr key, TypeExpr value) implements TypeExpr {}

  /** {@code {name: string, age?: number}} (also {@code interface {…}}). */
  record Record(Span span, List<Member> fields) implements TypeExpr {}

  /**
   * A record field or interface member: {@code name: T}, {@code name?: T}, {@code [K]: V} ({@code
   * name} null, {@code key} set) or an interface method {@code function name(...)} ({@code method}
   * true, {@code type} a {@link Function}).
   */
  record Member(Span span, Name name, TypeExpr key, TypeExpr type, boolean optional, boolean method)
      implements Node {}

  /** {@code readonly T}. */
  record Readonly(Span span, TypeExpr inner) implements TypeExpr {}

  /**
   * {@code (a: number, string, ...T) -> R} or {@code fun(a: T): R}; {@code returns} null when
   * absent, a {@link Tuple} for several values.
   */
  record Function(
      Span span, List<TypeParam> typeParams, List<Param> params, TypeExpr vararg, TypeExpr returns)
      implements TypeExpr {}

  /** A parameter of a function type; {@code name} is null when anonymous. */
  record Param(Span span, Name name, TypeExpr type) implements Node {}

  /** {@code (A, B)} as a return list, {@code ()} for none. */
  record Tuple(Span span, List<TypeExpr> elements) implements TypeExpr {}

  /** {@code typeof(expr)}. */
  record Typeof(Span span, Expr expr) implements TypeExpr {}

  /** {@code keyof(T)}. */
  record Keyof(Span span, TypeExpr target) implements TypeExpr {}

  /** {@code T[K]}. */
  record IndexAccess(Span span, TypeExpr object, TypeExpr index) implements TypeExpr {}

  /** {@code A extends B ? X : Y}. */
  record Conditional(
      Span span, TypeExpr check, TypeExpr extendsType, TypeExpr then, TypeExpr orElse)
      implements TypeExpr {}

  /** {@code asserts x} or {@code asserts x is T} ({@code type} null in the first form). */
  record Asserts(Span span, Name param, TypeExpr type) implements TypeExpr {}

  /** {@code number @min(0) @max(100)}. */
  record Annotated(Span span, TypeExpr type, List<Annotation> annotations) implements TypeExpr {}

  /** {@code @name} or {@code @name(args)}. */
  record Annotation(Span span, Name name, List<Expr> args) implements Node {}

  /** {@code ...T} inside a type list. */
  record Variadic(Span span, TypeExpr element) implements TypeExpr {}
}
