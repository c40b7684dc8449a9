package dev.wflow.lua.syntax;

import static dev.wflow.lua.syntax.TokenKind.*;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import java.util.ArrayList;
import java.util.List;

/** Parses the Luau-like type syntax of SPEC §4 (annotations, aliases, casts, interfaces). */
abstract class TypeParser extends TokenCursor {

  TypeParser(Tokens tokens, String file, List<Diagnostic> diagnostics) {
    super(tokens, file, diagnostics);
  }

  /** A full type, including {@code A extends B ? X : Y}. */
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
    int start = p;
    accept(PIPE);
    TypeExpr first = intersection(allowOptional);
    if (!at(PIPE)) {
      return first;
    }
    List<TypeExpr> members = new ArrayList<>();
    members.add(first);
    while (accept(PIPE)) {
      members.add(intersection(allowOptional));
    }
    return new TypeExpr.Union(from(start), members);
  }

  private TypeExpr intersection(boolean allowOptional) {
    int start = p;
    accept(AMP);
    TypeExpr first = postfix(allowOptional);
    if (!at(AMP)) {
      return first;
    }
    List<TypeExpr> members = new ArrayList<>();
    members.add(first);
    while (accept(AMP)) {
      members.add(postfix(allowOptional));
    }
    return new TypeExpr.Intersection(from(start), members);
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
      case NIL:
        p++;
        return new TypeExpr.Literal(from(start), new Expr.Nil(from(start)));
      case TRUE:
      case FALSE:
        p++;
        return new TypeExpr.Literal(
            from(start), new Expr.Bool(from(start), t.kinds[start] == TRUE));
      case NUMBER:
        p++;
        return new TypeExpr.Literal(from(start), new Expr.Number(from(start), t.values[start]));
      case MINUS:
        if (kindAt(1) == NUMBER) {
          p += 2;
          return new TypeExpr.Literal(
              from(start), new Expr.Number(from(start), "-" + t.values[start + 1]));
        }
        throw error("type expected");
      case STRING:
        p++;
        return new TypeExpr.Literal(from(start), new Expr.Str(from(start), t.values[start]));
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
    int open = line();
    expect(LPAREN);
    List<TypeExpr.Param> params = new ArrayList<>();
    TypeExpr vararg = null;
    while (!at(RPAREN)) {
      if (at(DOTS)) {
        int vs = p;
        p++;
        accept(COLON);
        TypeExpr element = type();
        vararg = new TypeExpr.Variadic(from(vs), element);
        break;
      }
      params.add(param());
      if (!accept(COMMA)) {
        break;
      }
    }
    expectClosing(RPAREN, LPAREN, open);
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
    int open = line();
    expect(LPAREN);
    List<TypeExpr.Param> params = new ArrayList<>();
    TypeExpr vararg = null;
    while (!at(RPAREN)) {
      if (at(DOTS)) {
        int vs = p;
        p++;
        TypeExpr vt = accept(COLON) ? type() : null;
        vararg = new TypeExpr.Variadic(from(vs), vt);
        break;
      }
      params.add(param());
      if (!accept(COMMA)) {
        break;
      }
    }
    expectClosing(RPAREN, LPAREN, open);
    TypeExpr returns = accept(COLON) ? type() : null;
    return new TypeExpr.Function(from(start), typeParams, params, vararg, returns);
  }

  /** {@code <T, U: Constraint, V = Default>}. */
  final List<TypeParam> typeParams() {
    int open = line();
    expect(LT);
    List<TypeParam> params = new ArrayList<>();
    do {
      int start = p;
      Name n = name();
      accept(DOTS); // generic packs T...
      TypeExpr constraint = accept(COLON) ? type() : null;
      TypeExpr dflt = accept(ASSIGN) ? type() : null;
      params.add(new TypeParam(from(start), n, constraint, dflt));
    } while (accept(COMMA));
    expectCloseAngle(open);
    return params;
  }

  private TypeExpr table(int start) {
    int open = line();
    expect(LBRACE);
    List<TypeExpr.Member> members = new ArrayList<>();
    TypeExpr arrayElement = null;
    while (!at(RBRACE)) {
      int ms = p;
      if (at(LBRACKET)) {
        int bopen = line();
        p++;
        TypeExpr key = type();
        expectClosing(RBRACKET, LBRACKET, bopen);
        expect(COLON);
        TypeExpr value = type();
        members.add(new TypeExpr.Member(from(ms), null, key, value, false, false));
      } else if (isMemberName()
          && (kindAt(1) == COLON || kindAt(1) == QUESTION && kindAt(2) == COLON)) {
        members.add(member());
      } else if (at(FUNCTION)) {
        members.add(member());
      } else if (members.isEmpty() && arrayElement == null) {
        arrayElement = type();
      } else {
        throw error("'}' expected");
      }
      if (!accept(COMMA) && !accept(SEMI)) {
        break;
      }
    }
    expectClosing(RBRACE, LBRACE, open);
    if (arrayElement != null) {
      if (!members.isEmpty()) {
        throw error("mixed array and record table type");
      }
      return new TypeExpr.Array(from(start), arrayElement);
    }
    if (members.size() == 1 && members.get(0).key() != null) {
      TypeExpr.Member m = members.get(0);
      return new TypeExpr.Map(from(start), m.key(), m.type());
    }
    return new TypeExpr.Record(from(start), members);
  }

  /** Any name or keyword may name a record field or interface member. */
  final boolean isMemberName() {
    TokenKind k = kind();
    return k == NAME || k.ordinal() >= AND.ordinal() && k.ordinal() <= EXTENDS.ordinal();
  }

  final Name memberName() {
    if (!isMemberName()) {
      throw error("<name> expected");
    }
    Name n = new Name(here(), at(NAME) ? t.values[p] : kind().text);
    p++;
    return n;
  }

  /**
   * A record field {@code name[?]: T}, or a method signature {@code function name<T>(params): R} /
   * {@code name(params): R}.
   */
  final TypeExpr.Member member() {
    int start = p;
    boolean fn = accept(FUNCTION);
    Name n = memberName();
    if (fn || at(LPAREN) || at(LT)) {
      int sigStart = p;
      List<TypeParam> typeParams = at(LT) ? typeParams() : List.of();
      TypeExpr.Function sig = signature(sigStart, typeParams);
      return new TypeExpr.Member(from(start), n, null, sig, false, true);
    }
    boolean optional = accept(QUESTION);
    expect(COLON);
    TypeExpr type = type();
    return new TypeExpr.Member(from(start), n, null, type, optional, false);
  }

  /** {@code (a: T, ...: U): R} as in a function declaration, as a function type. */
  private TypeExpr.Function signature(int start, List<TypeParam> typeParams) {
    int open = line();
    expect(LPAREN);
    List<TypeExpr.Param> params = new ArrayList<>();
    TypeExpr vararg = null;
    while (!at(RPAREN)) {
      int ps = p;
      if (accept(DOTS)) {
        TypeExpr element = accept(COLON) ? type() : null;
        vararg = new TypeExpr.Variadic(from(ps), element);
        break;
      }
      Name n = name();
      TypeExpr pt = accept(COLON) ? type() : null;
      params.add(new TypeExpr.Param(from(ps), n, pt));
      if (!accept(COMMA)) {
        break;
      }
    }
    expectClosing(RPAREN, LPAREN, open);
    TypeExpr returns = accept(COLON) ? type() : null;
    return new TypeExpr.Function(from(start), typeParams, params, vararg, returns);
  }
}
