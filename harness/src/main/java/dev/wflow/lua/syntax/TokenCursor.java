package dev.wflow.lua.syntax;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.List;

/**
 * The parser's view of the token stream: the current position, lookahead, Lua-style error messages
 * and the nesting limit that keeps deep input from overflowing the Java stack.
 */
abstract class TokenCursor {
  /** Same limit as Lua's LUAI_MAXCCALLS: deeper nesting is a syntax error, not a crash. */
  static final int MAX_DEPTH = 200;

  /**
   * Longest path through an expression tree, counting nesting and left-leaning chains ({@code
   * a+b+c…}, {@code f()()…}): keeps every tree shallow enough for recursive walkers.
   */
  static final int MAX_TREE = 1000;

  final Tokens t;
  final String file;
  final List<Diagnostic> diagnostics;
  int p;
  private int depth;
  private int treeDepth;

  TokenCursor(Tokens tokens, String file, List<Diagnostic> diagnostics) {
    this.t = tokens;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Parses an expression (types need it for {@code typeof(expr)} and annotation arguments). */
  abstract Expr expression();

  final TokenKind kind() {
    return t.kinds[p];
  }

  final TokenKind kindAt(int offset) {
    int i = Math.min(p + offset, t.size - 1);
    return t.kinds[i];
  }

  final boolean at(TokenKind k) {
    return t.kinds[p] == k;
  }

  final boolean accept(TokenKind k) {
    if (t.kinds[p] == k) {
      p++;
      return true;
    }
    return false;
  }

  final int line() {
    return t.lines[p];
  }

  final Span here() {
    return t.span(p);
  }

  /** The span from token {@code startToken} to the last consumed token. */
  final Span from(int startToken) {
    int last = Math.max(startToken, p - 1);
    return new Span(
        t.lines[startToken], t.columns[startToken], t.endLines[last], t.endColumns[last]);
  }

  final Span from(Span start) {
    int last = p - 1;
    return new Span(start.line(), start.column(), t.endLines[last], t.endColumns[last]);
  }

  final void expect(TokenKind k) {
    if (!accept(k)) {
      throw error("'" + k.text + "' expected");
    }
  }

  /** Lua's check_match: names the opening token when it is on another line. */
  final void expectClosing(TokenKind what, TokenKind opener, int openLine) {
    if (accept(what)) {
      return;
    }
    if (openLine == line()) {
      throw error("'" + what.text + "' expected");
    }
    throw error(
        "'" + what.text + "' expected (to close '" + opener.text + "' at line " + openLine + ")");
  }

  final Node.Name name() {
    if (!at(TokenKind.NAME)) {
      throw error("<name> expected");
    }
    Node.Name n = new Node.Name(here(), t.values[p]);
    p++;
    return n;
  }

  /** A field or method name: a plain name or one of Wippy's extra reserved words. */
  final Node.Name fieldName() {
    if (!kind().isFieldName()) {
      throw error("<name> expected");
    }
    Node.Name n = new Node.Name(here(), kind() == TokenKind.NAME ? t.values[p] : kind().text);
    p++;
    return n;
  }

  /** Records {@code message near 'token'} at the current token and returns the unwinder. */
  final SyntaxError error(String message) {
    if (kind() != TokenKind.ERROR) { // a lexical error here was already reported
      report(p, message + " near " + near(p));
    }
    return new SyntaxError();
  }

  final void report(int token, String message) {
    diagnostics.add(
        new Diagnostic(
            file,
            t.lines[token],
            t.columns[token],
            t.endLines[token],
            t.endColumns[token],
            Severity.ERROR,
            LuaParser.SYNTAX_ERROR,
            message));
  }

  /** Lua's token text for messages: {@code 'end'}, {@code 'foo'}, {@code <eof>}. */
  final String near(int i) {
    TokenKind k = t.kinds[i];
    return switch (k) {
      case EOF -> "<eof>";
      case NAME, NUMBER -> "'" + t.values[i] + "'";
      case STRING -> "'" + sourceText(i) + "'";
      default -> "'" + k.text + "'";
    };
  }

  abstract String sourceText(int token);

  final void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("chunk has too many syntax levels (limit is " + MAX_DEPTH + ")");
    }
    deepen();
  }

  final void leave() {
    depth--;
    treeDepth--;
  }

  /** One more level of tree under the current expression (a chain step). */
  final void deepen() {
    if (++treeDepth > MAX_TREE) {
      throw error("expression too complex (limit is " + MAX_TREE + " nested operations)");
    }
  }

  /** Undoes {@code steps} calls of {@link #deepen()} once their expression is complete. */
  final void shallower(int steps) {
    treeDepth -= steps;
  }

  /** After an error unwound the parser: every level is left at once. */
  final void resetDepth() {
    depth = 0;
    treeDepth = 0;
  }

  /** Consumes a {@code >} closing a generic list, splitting {@code >>} and {@code >=}. */
  final void expectCloseAngle(int openLine) {
    if (at(TokenKind.SHR)) {
      t.splitFirstChar(p, TokenKind.GT, TokenKind.GT);
    } else if (at(TokenKind.GE)) {
      t.splitFirstChar(p, TokenKind.GT, TokenKind.ASSIGN);
    }
    expectClosing(TokenKind.GT, TokenKind.LT, openLine);
  }
}
