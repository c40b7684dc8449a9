package dev.wflow.lua.syntax;

import static dev.wflow.lua.syntax.TokenKind.*;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration side of the type syntax: generic parameter lists, table types (records, arrays,
 * maps) and interface members with their method signatures.
 */
abstract class TypeMemberParser extends TokenCursor {

  TypeMemberParser(Tokens tokens, String file, List<Diagnostic> diagnostics) {
    super(tokens, file, diagnostics);
  }

  /** A full type expression. */
  abstract TypeExpr type();

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

  final TypeExpr table(int start) {
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
