package dev.wflow.lua.syntax;

import static dev.wflow.lua.syntax.TokenKind.*;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.syntax.Node.FuncBody;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import dev.wflow.lua.syntax.Node.TypedName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Expressions with Lua 5.3 precedence, plus casts, {@code !} and explicit generic calls. */
abstract class ExprParser extends TypeParser {
  /** Per enclosing function: whether {@code ...} may be used. */
  final Deque<Boolean> varargScopes = new ArrayDeque<>();

  ExprParser(Tokens tokens, String file, List<Diagnostic> diagnostics) {
    super(tokens, file, diagnostics);
  }

  /** Parses a function body's statements up to (not including) its closing keyword. */
  abstract Node.Block block();

  /** Called around a function body so statements can track loops per function. */
  abstract void enterFunctionScope();

  abstract void exitFunctionScope();

  @Override
  final Expr expression() {
    return subexpr(0);
  }

  final List<Expr> expressionList() {
    List<Expr> list = new ArrayList<>();
    list.add(expression());
    while (accept(COMMA)) {
      list.add(expression());
    }
    return list;
  }

  /** Lua's subexpr: operators whose left priority exceeds {@code limit}. */
  private Expr subexpr(int limit) {
    enter();
    int start = p;
    Expr left;
    UnaryOp unary = unaryOp(kind());
    if (unary != null) {
      p++;
      Expr operand = subexpr(BinaryOp.UNARY_PRIORITY);
      left = new Expr.Unary(from(start), unary, operand);
    } else {
      left = casts(start, simple());
    }
    int chain = 0;
    BinaryOp op = BinaryOp.of(kind());
    while (op != null && op.left > limit) {
      deepen();
      chain++;
      p++;
      Expr right = subexpr(op.right);
      left = new Expr.Binary(from(start), op, left, right);
      op = BinaryOp.of(kind());
    }
    shallower(chain);
    leave();
    return left;
  }

  private static UnaryOp unaryOp(TokenKind k) {
    return switch (k) {
      case NOT -> UnaryOp.NOT;
      case MINUS -> UnaryOp.NEG;
      case HASH -> UnaryOp.LEN;
      case TILDE -> UnaryOp.BNOT;
      default -> null;
    };
  }

  /**
   * Casts after a literal, table or function ({@code {} :: {Item}}, {@code nil :: T?}, {@code "a"
   * as Status}); after a name or call {@link #suffixed} has already taken them.
   */
  private Expr casts(int start, Expr e) {
    while ((at(DBCOLON) && isSuffix() && kindAt(1) != LT) || at(AS)) {
      boolean as = at(AS);
      p++;
      TypeExpr type = type();
      e = new Expr.Cast(from(start), e, type, as);
    }
    return e;
  }

  private Expr simple() {
    int start = p;
    switch (kind()) {
      case NUMBER:
        p++;
        return new Expr.Number(from(start), t.values[start]);
      case STRING:
        p++;
        return new Expr.Str(from(start), t.values[start]);
      case NIL:
        p++;
        return new Expr.Nil(from(start));
      case TRUE:
        p++;
        return new Expr.Bool(from(start), true);
      case FALSE:
        p++;
        return new Expr.Bool(from(start), false);
      case DOTS:
        if (!varargScopes.isEmpty() && !varargScopes.peek()) {
          throw error("cannot use '...' outside a vararg function");
        }
        p++;
        return new Expr.VarargRef(from(start));
      case LBRACE:
        return table();
      case FUNCTION:
        {
          int fnLine = line();
          p++;
          FuncBody body = funcBody(fnLine);
          return new Expr.Function(from(start), body);
        }
      default:
        return suffixed();
    }
  }

  private Expr primary() {
    int start = p;
    if (at(NAME)) {
      Name n = name();
      return new Expr.NameRef(n.span(), n.text());
    }
    if (at(LPAREN)) {
      int open = line();
      p++;
      Expr inner = expression();
      expectClosing(RPAREN, LPAREN, open);
      return new Expr.Paren(from(start), inner);
    }
    throw error("unexpected symbol");
  }

  /** primaryexp { '.' NAME | '[' exp ']' | ':' NAME args | args | '::' T | 'as' T | '!' }. */
  final Expr suffixed() {
    int start = p;
    Expr e = primary();
    int chain = 0;
    while (true) {
      if (!isSuffix()) {
        shallower(chain);
        return e;
      }
      deepen();
      chain++;
      switch (kind()) {
        case DOT -> {
          p++;
          Name field = fieldName();
          e = new Expr.Field(from(start), e, field);
        }
        case LBRACKET -> {
          p++;
          Expr key = expression();
          expect(RBRACKET); // Lua's yindex: no "to close" note
          e = new Expr.Index(from(start), e, key);
        }
        case COLON -> {
          p++;
          Name method = fieldName();
          List<TypeExpr> typeArgs = explicitTypeArgs();
          List<Expr> args = callArgs(t.lines[start]);
          e = new Expr.MethodCall(from(start), e, method, typeArgs, args);
        }
        case LPAREN, STRING, LBRACE -> {
          List<Expr> args = callArgs(t.lines[start]);
          e = new Expr.Call(from(start), e, List.of(), args);
        }
        case DBCOLON -> {
          if (kindAt(1) == LT) {
            List<TypeExpr> typeArgs = explicitTypeArgs();
            List<Expr> args = callArgs(t.lines[start]);
            e = new Expr.Call(from(start), e, typeArgs, args);
          } else {
            p++;
            TypeExpr type = type();
            e = new Expr.Cast(from(start), e, type, false);
          }
        }
        case AS -> {
          p++;
          TypeExpr type = type();
          e = new Expr.Cast(from(start), e, type, true);
        }
        case BANG -> {
          p++;
          e = new Expr.NonNil(from(start), e);
        }
        default -> {
          shallower(chain);
          return e;
        }
      }
    }
  }

  /** Whether the current token continues a suffixed expression. */
  private boolean isSuffix() {
    return switch (kind()) {
      case DOT, LBRACKET, COLON, LPAREN, STRING, LBRACE, AS, BANG -> true;
      // `::label::` starts the next statement; any other `::` is a cast or `::<T>` type arguments
      case DBCOLON -> !(kindAt(1) == NAME && kindAt(2) == DBCOLON);
      default -> false;
    };
  }

  /** {@code ::<T, U>} before call arguments, or an empty list. */
  private List<TypeExpr> explicitTypeArgs() {
    if (!(at(DBCOLON) && kindAt(1) == LT)) {
      return List.of();
    }
    p++;
    int open = line();
    p++;
    List<TypeExpr> args = new ArrayList<>();
    do {
      args.add(type());
    } while (accept(COMMA));
    expectCloseAngle(open);
    return args;
  }

  /**
   * Call arguments. Like Lua's funcargs, an unclosed {@code (} is reported against {@code line},
   * where the called expression starts.
   */
  private List<Expr> callArgs(int line) {
    int start = p;
    switch (kind()) {
      case STRING:
        p++;
        return List.of(new Expr.Str(from(start), t.values[start]));
      case LBRACE:
        return List.of(table());
      case LPAREN:
        {
          p++;
          if (accept(RPAREN)) {
            return List.of();
          }
          List<Expr> args = expressionList();
          expectClosing(RPAREN, LPAREN, line);
          return args;
        }
      default:
        throw error("function arguments expected");
    }
  }

  private Expr.Table table() {
    int start = p;
    int open = line();
    expect(LBRACE);
    List<TableField> fields = new ArrayList<>();
    while (!at(RBRACE)) {
      fields.add(field());
      if (!accept(COMMA) && !accept(SEMI)) {
        break;
      }
    }
    expectClosing(RBRACE, LBRACE, open);
    return new Expr.Table(from(start), fields);
  }

  private TableField field() {
    int start = p;
    if (at(LBRACKET)) {
      p++;
      Expr key = expression();
      expect(RBRACKET);
      expect(ASSIGN);
      Expr value = expression();
      return new TableField.Keyed(from(start), key, value);
    }
    if (kind().isFieldName() && kindAt(1) == ASSIGN) {
      Name key = fieldName();
      p++;
      Expr value = expression();
      return new TableField.Named(from(start), key, value);
    }
    Expr value = expression();
    return new TableField.Item(from(start), value);
  }

  /**
   * After {@code function} (and its name): {@code [<T>] ( params ) [: R] block end}; {@code fnLine}
   * is the {@code function} keyword's line, for the unclosed-function message.
   */
  final FuncBody funcBody(int fnLine) {
    int bodyStart = p;
    List<TypeParam> typeParams = at(LT) ? typeParams() : List.of();
    expect(LPAREN);
    List<TypedName> params = new ArrayList<>();
    Node.Vararg vararg = null;
    if (!at(RPAREN)) {
      do {
        if (at(DOTS)) {
          int vs = p;
          p++;
          TypeExpr vt = accept(COLON) ? type() : null;
          vararg = new Node.Vararg(from(vs), vt);
          break;
        }
        if (!at(NAME)) {
          throw error("<name> or '...' expected");
        }
        params.add(typedName());
      } while (accept(COMMA));
    }
    expect(RPAREN);
    TypeExpr returnType = accept(COLON) ? type() : null;
    varargScopes.push(vararg != null);
    enterFunctionScope();
    Node.Block body;
    try {
      body = block();
    } finally {
      exitFunctionScope();
      varargScopes.pop();
    }
    expectClosing(END, FUNCTION, fnLine);
    FuncBody parsed = new FuncBody(from(bodyStart), typeParams, params, vararg, returnType, body);
    functionParsed(parsed);
    return parsed;
  }

  /** Called for every function that parsed completely (inner ones first). */
  void functionParsed(FuncBody body) {}

  /** {@code name} or {@code name: T}. */
  final TypedName typedName() {
    int start = p;
    Name n = name();
    TypeExpr type = accept(COLON) ? type() : null;
    return new TypedName(from(start), n, type);
  }
}
