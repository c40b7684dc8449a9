package dev.wflow.lua.syntax;

import static dev.wflow.lua.syntax.TokenKind.*;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Parses the Luau-like type syntax of SPEC §4 (annotations, aliases, casts, interfaces). */
abstract class TypeParser extends TypeMemberParser {

  TypeParser(Tokens tokens, String file, List<Diagnostic> diagnostics) {
    super(tokens, file, diagnostics);
  }

  /** A full type, including {@code A extends B ? X : Y}. */
  @Override
  final TypeExpr type() {
    enter();
    int start = p;
    TypeExpr check = union(true);
    if (accept(EXTENDS)) {
      TypeExpr ext = union(false); // '?' here starts the conditional, not an optional type
      expect(QUESTION);
      TypeExpr then = type();
      expect(COLON);
      TypeExpr orElse = type();
      check = new TypeExpr.Conditional(from(start), check, ext, then, orElse);
    }
    leave();
    return check;
  }

  private TypeExpr union(boolean allowOptional) {
    return joined(PIPE, () -> intersection(allowOptional), TypeExpr.Union::new);
  }

  private TypeExpr intersection(boolean allowOptional) {
    return joined(AMP, () -> postfix(allowOptional), TypeExpr.Intersection::new);
  }

  /**
   * {@code A op B op C}, a leading {@code op} allowed (as in {@code | "a" | "b"}); the operand
   * alone when no {@code op} follows it.
   */
  private TypeExpr joined(
      TokenKind op, Supplier<TypeExpr> operand, BiFunction<Span, List<TypeExpr>, TypeExpr> join) {
    int start = p;
    accept(op);
    TypeExpr first = operand.get();
    if (!at(op)) {
      return first;
    }
    List<TypeExpr> members = new ArrayList<>();
    members.add(first);
    while (accept(op)) {
      members.add(operand.get());
    }
    return join.apply(from(start), members);
  }

  private TypeExpr postfix(boolean allowOptional) {
    int start = p;
    TypeExpr type = primary();
    List<TypeExpr.Annotation> annotations = new ArrayList<>();
    while (true) {
      if (allowOptional && at(QUESTION)) {
        p++;
        type = new TypeExpr.Optional(from(start), type);
      } else if (at(LBRACKET) && kindAt(1) == RBRACKET) {
        p += 2;
        type = new TypeExpr.Array(from(start), type);
      } else if (at(LBRACKET) && t.lines[p] == t.endLines[p - 1]) {
        // T[K] only on the same line: a '[' on the next line starts a new statement.
        int open = line();
        p++;
        TypeExpr index = type();
        expectClosing(RBRACKET, LBRACKET, open);
        type = new TypeExpr.IndexAccess(from(start), type, index);
      } else if (at(DOTS)) { // a generic pack `U...`
        p++;
        type = new TypeExpr.Variadic(from(start), type);
      } else if (at(AT)) {
        annotations.add(annotation());
      } else {
        break;
      }
    }
    return annotations.isEmpty() ? type : new TypeExpr.Annotated(from(start), type, annotations);
  }

  private TypeExpr.Annotation annotation() {
    int start = p;
    expect(AT);
    Name name = fieldName();
    List<Expr> args = new ArrayList<>();
    if (at(LPAREN) && t.lines[p] == t.endLines[p - 1]) {
      int open = line();
      p++;
      if (!at(RPAREN)) {
        do {
          args.add(expression());
        } while (accept(COMMA));
      }
      expectClosing(RPAREN, LPAREN, open);
    }
    return new TypeExpr.Annotation(from(start), name, args);
  }

  private TypeExpr primary() {
    int start = p;
    switch (kind()) {
      case NAME:
        return named();
      case FUNCTION: // `function` as the any-function type
        p++;
        return new TypeExpr.Named(
            from(start), List.of(new Name(from(start), "function")), List.of());
      case NIL, TRUE, FALSE, NUMBER, MINUS, STRING:
        return literalType(start);
      case LBRACE:
        return table(start);
      case INTERFACE:
        p++;
        return table(start);
      case LPAREN:
        return parenthesized(start, List.of());
      case LT:
        return parenthesized(start, typeParams());
      case FUN:
        return fun(start);
      case READONLY:
        p++;
        {
          TypeExpr inner = postfix(true);
          return new TypeExpr.Readonly(from(start), inner);
        }
      case TYPEOF:
        return typeofType(start);
      case KEYOF:
        {
          p++;
          int open = line();
          expect(LPAREN);
          TypeExpr target = type();
          expectClosing(RPAREN, LPAREN, open);
          return new TypeExpr.Keyof(from(start), target);
        }
      case ASSERTS:
        {
          p++;
          Name param = name();
          TypeExpr is = accept(IS) ? type() : null;
          return new TypeExpr.Asserts(from(start), param, is);
        }
      case DOTS:
        {
          p++;
          TypeExpr element = postfix(true);
          return new TypeExpr.Variadic(from(start), element);
        }
      default:
        throw error("type expected");
    }
  }

  /** {@code nil}, {@code true}, {@code false}, {@code 42}, {@code -1}, {@code "pending"}. */
  private TypeExpr literalType(int start) {
    Expr value =
        switch (kind()) {
          case NIL -> new Expr.Nil(here());
          case TRUE, FALSE -> new Expr.Bool(here(), at(TRUE));
          case NUMBER -> new Expr.Number(here(), t.values[p]);
          case STRING -> new Expr.Str(here(), t.values[p]);
          default -> null;
        };
    if (value != null) {
      p++;
      return new TypeExpr.Literal(from(start), value);
    }
    if (kindAt(1) != NUMBER) { // '-' not followed by a number
      throw error("type expected");
    }
    p += 2;
    return new TypeExpr.Literal(
        from(start), new Expr.Number(from(start), "-" + t.values[start + 1]));
  }

  private TypeExpr typeofType(int start) {
    p++;
    int open = line();
    expect(LPAREN);
    Expr e = expression();
    expectClosing(RPAREN, LPAREN, open);
    return new TypeExpr.Typeof(from(start), e);
  }

  private TypeExpr named() {
    int start = p;
    List<Name> path = new ArrayList<>();
    path.add(name());
    while (at(DOT)) {
      p++;
      path.add(fieldName());
    }
    List<TypeExpr> args = List.of();
    if (at(LT)) {
      int open = line();
      p++;
      args = new ArrayList<>();
      do {
        args.add(type());
      } while (accept(COMMA));
      expectCloseAngle(open);
    }
    return new TypeExpr.Named(from(start), path, args);
  }

  /** {@code (...)}: a function type when followed by {@code ->}, else a group or a tuple. */
  private TypeExpr parenthesized(int start, List<TypeParam> typeParams) {
    Params list = params(true);
    List<TypeExpr.Param> params = list.params();
    TypeExpr vararg = list.vararg();
    if (accept(ARROW)) {
      TypeExpr returns = type();
      return new TypeExpr.Function(from(start), typeParams, params, vararg, returns);
    }
    if (!typeParams.isEmpty()) {
      throw error("'->' expected");
    }
    if (params.size() == 1 && vararg == null && params.get(0).name() == null) {
      return params.get(0).type();
    }
    List<TypeExpr> elements = new ArrayList<>();
    for (TypeExpr.Param prm : params) {
      if (prm.name() != null) {
        throw error("'->' expected");
      }
      elements.add(prm.type());
    }
    if (vararg != null) {
      elements.add(vararg);
    }
    return new TypeExpr.Tuple(from(start), elements);
  }

  /** A function type's parameters and its {@code ...} (null when there is none). */
  private record Params(List<TypeExpr.Param> params, TypeExpr vararg) {}

  /**
   * {@code (a: T, U, ...: V)}. After {@code ...} the arrow form needs a type ({@code ...T} or
   * {@code ...: T}); {@code fun(...)} may leave it out.
   */
  private Params params(boolean varargNeedsType) {
    int open = line();
    expect(LPAREN);
    List<TypeExpr.Param> params = new ArrayList<>();
    TypeExpr vararg = null;
    while (!at(RPAREN)) {
      if (at(DOTS)) {
        int vs = p;
        p++;
        boolean typed = accept(COLON) || varargNeedsType;
        vararg = new TypeExpr.Variadic(from(vs), typed ? type() : null);
        break;
      }
      params.add(param());
      if (!accept(COMMA)) {
        break;
      }
    }
    expectClosing(RPAREN, LPAREN, open);
    return new Params(params, vararg);
  }

  /** {@code name: T} or an anonymous {@code T} in a function type's parameter list. */
  private TypeExpr.Param param() {
    int start = p;
    if (kind().isFieldName() && kindAt(1) == COLON) {
      Name n = fieldName();
      p++;
      TypeExpr type = type();
      return new TypeExpr.Param(from(start), n, type);
    }
    TypeExpr type = type();
    return new TypeExpr.Param(from(start), null, type);
  }

  private TypeExpr fun(int start) {
    p++;
    List<TypeParam> typeParams = at(LT) ? typeParams() : List.of();
    Params list = params(false);
    TypeExpr returns = accept(COLON) ? type() : null;
    return new TypeExpr.Function(from(start), typeParams, list.params(), list.vararg(), returns);
  }
}
