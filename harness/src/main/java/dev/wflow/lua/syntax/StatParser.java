package dev.wflow.lua.syntax;

import static dev.wflow.lua.syntax.TokenKind.*;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.IfClause;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import dev.wflow.lua.syntax.Node.TypedName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Statements and blocks; the top level recovers from errors at the next top-level declaration. */
final class StatParser extends ExprParser {
  private final String source;

  /** Whether a statement was dropped after a syntax error. */
  private boolean recovered;

  /** Outermost complete functions of the top-level statement being parsed. */
  private final List<Node.FuncBody> pending = new ArrayList<>();

  /** Complete functions inside top-level statements that failed (still worth goto checks). */
  private final List<Node.FuncBody> orphans = new ArrayList<>();

  /** Loop nesting per enclosing function, for {@code break} checks. */
  private final Deque<int[]> loops = new ArrayDeque<>();

  StatParser(Tokens tokens, String source, String file, List<Diagnostic> diagnostics) {
    super(tokens, file, diagnostics);
    this.source = source;
  }

  @Override
  String sourceText(int token) {
    return source.substring(t.starts[token], t.ends[token]);
  }

  @Override
  void functionParsed(Node.FuncBody body) {
    // functions finish inner first: the new one encloses any pending one that starts after it
    Span outer = body.span();
    while (!pending.isEmpty() && startsWithin(pending.get(pending.size() - 1).span(), outer)) {
      pending.remove(pending.size() - 1);
    }
    pending.add(body);
  }

  private static boolean startsWithin(Span inner, Span outer) {
    return inner.line() > outer.line()
        || inner.line() == outer.line() && inner.column() >= outer.column();
  }

  /** Complete functions that are not in the tree because their statement failed to parse. */
  List<Node.FuncBody> orphanFunctions() {
    return orphans;
  }

  /** True when every statement parsed: the tree is the whole program. */
  boolean complete() {
    return !recovered;
  }

  @Override
  void enterFunctionScope() {
    loops.push(new int[1]);
  }

  @Override
  void exitFunctionScope() {
    loops.pop();
  }

  /** The whole chunk; syntax errors are recorded and parsing resumes where it is sound. */
  Node.Chunk chunk(String name) {
    varargScopes.push(true);
    loops.push(new int[1]);
    List<Stat> stats = new ArrayList<>();
    while (!at(EOF)) {
      int before = p;
      pending.clear();
      try {
        if (blockFollow()) {
          throw error("'<eof>' expected");
        }
        Stat s = statement();
        if (s != null) {
          stats.add(s);
        }
        if (s instanceof Stat.Return && !at(EOF)) {
          throw error("'<eof>' expected");
        }
      } catch (SyntaxError e) {
        recovered = true;
        orphans.addAll(pending);
        resetDepth();
        loops.clear();
        loops.push(new int[1]);
        varargScopes.clear();
        varargScopes.push(true);
        resync(before);
      }
    }
    Span all = new Span(1, 1, t.endLines[p], t.endColumns[p]);
    return new Node.Chunk(all, name, new Block(all, stats));
  }

  /**
   * Skips to the next token that starts a line in column 1 with a declaration keyword: the usual
   * start of an independent top-level statement, so later errors are real ones.
   */
  private void resync(int failedAt) {
    p = Math.max(p, failedAt + 1);
    while (!at(EOF)) {
      boolean lineStart = t.columns[p] == 1 && (p == 0 || t.endLines[p - 1] < t.lines[p]);
      if (lineStart && (at(LOCAL) || at(FUNCTION) || at(INTERFACE) || isTypeAliasStart())) {
        return;
      }
      p++;
    }
  }

  private boolean blockFollow() {
    TokenKind k = kind();
    return k == EOF || k == END || k == ELSE || k == ELSEIF || k == UNTIL;
  }

  @Override
  Block block() {
    enter();
    int start = p;
    List<Stat> stats = new ArrayList<>();
    while (!blockFollow()) {
      if (at(RETURN)) {
        stats.add(returnStat());
        break;
      }
      Stat s = statement();
      if (s != null) {
        stats.add(s);
      }
    }
    leave();
    Span span = p > start ? from(start) : new Span(line(), t.columns[p], line(), t.columns[p]);
    return new Block(span, stats);
  }

  /** One statement, or null for an empty statement {@code ;}. */
  private Stat statement() {
    int start = p;
    int ln = line();
    switch (kind()) {
      case SEMI:
        p++;
        return null;
      case IF:
        return ifStat(start, ln);
      case WHILE:
      case DO:
      case REPEAT:
        return blockStat(start, ln);
      case FOR:
        return forStat(start, ln);
      case FUNCTION:
        return functionStat(start, ln);
      case LOCAL:
        p++;
        return at(FUNCTION) ? localFunction(start) : localStat(start);
      case RETURN:
        return returnStat();
      case DBCOLON:
      case BREAK:
      case GOTO:
        return jumpStat(start, ln);
      case INTERFACE:
        return interfaceStat(start, ln);
      default:
        return isTypeAliasStart() ? typeAlias(start) : exprStat(start);
    }
  }

  /** {@code while}, {@code do} and {@code repeat}. */
  private Stat blockStat(int start, int ln) {
    TokenKind keyword = kind();
    p++;
    if (keyword == DO) {
      Block body = block();
      expectClosing(END, DO, ln);
      return new Stat.Do(from(start), body);
    }
    if (keyword == WHILE) {
      Expr cond = expression();
      expect(DO);
      Block body = loopBody();
      expectClosing(END, WHILE, ln);
      return new Stat.While(from(start), cond, body);
    }
    Block body = loopBody();
    expectClosing(UNTIL, REPEAT, ln);
    Expr cond = expression();
    return new Stat.Repeat(from(start), body, cond);
  }

  /** {@code ::label::}, {@code goto label} and {@code break}. */
  private Stat jumpStat(int start, int ln) {
    TokenKind keyword = kind();
    p++;
    if (keyword == BREAK) {
      if (loops.peek()[0] == 0) {
        // A semantic error: reported, but parsing goes on as Lua's does.
        report(start, "<break> at line " + ln + " not inside a loop");
      }
      return new Stat.Break(from(start));
    }
    Name label = name();
    if (keyword == GOTO) {
      return new Stat.Goto(from(start), label);
    }
    expect(DBCOLON);
    return new Stat.Label(from(start), label);
  }

  private Block loopBody() {
    loops.peek()[0]++;
    try {
      return block();
    } finally {
      loops.peek()[0]--;
    }
  }

  private Stat returnStat() {
    int start = p;
    expect(RETURN);
    List<Expr> values = List.of();
    if (!blockFollow() && !at(SEMI)) {
      values = expressionList();
    }
    accept(SEMI);
    return new Stat.Return(from(start), values);
  }

  private Stat ifStat(int start, int ln) {
    List<IfClause> clauses = new ArrayList<>();
    do {
      int cs = p;
      p++; // if / elseif
      Expr cond = expression();
      expect(THEN);
      Block body = block();
      clauses.add(new IfClause(from(cs), cond, body));
    } while (at(ELSEIF));
    Block orElse = null;
    if (accept(ELSE)) {
      orElse = block();
    }
    expectClosing(END, IF, ln);
    return new Stat.If(from(start), clauses, orElse);
  }

  private Stat forStat(int start, int ln) {
    p++;
    TypedName first = typedName();
    if (accept(ASSIGN)) {
      Expr from = expression();
      expect(COMMA);
      Expr limit = expression();
      Expr step = accept(COMMA) ? expression() : null;
      expect(DO);
      Block body = loopBody();
      expectClosing(END, FOR, ln);
      return new Stat.NumericFor(from(start), first, from, limit, step, body);
    }
    if (!at(COMMA) && !at(IN)) {
      throw error("'=' or 'in' expected");
    }
    List<TypedName> vars = new ArrayList<>();
    vars.add(first);
    while (accept(COMMA)) {
      vars.add(typedName());
    }
    expect(IN);
    List<Expr> exprs = expressionList();
    expect(DO);
    Block body = loopBody();
    expectClosing(END, FOR, ln);
    return new Stat.GenericFor(from(start), vars, exprs, body);
  }

  private Stat functionStat(int start, int ln) {
    p++;
    int ns = p;
    List<Name> path = new ArrayList<>();
    path.add(name());
    Name method = null;
    while (at(DOT)) {
      p++;
      path.add(fieldName());
    }
    if (accept(COLON)) {
      method = fieldName();
    }
    Node.FunctionName fname = new Node.FunctionName(from(ns), path, method);
    Node.FuncBody body = funcBody(ln);
    return new Stat.Function(from(start), fname, body);
  }

  private Stat localFunction(int start) {
    int ln = line();
    p++;
    Name n = name();
    Node.FuncBody body = funcBody(ln);
    return new Stat.LocalFunction(from(start), n, body);
  }

  private Stat localStat(int start) {
    List<TypedName> names = new ArrayList<>();
    do {
      names.add(typedName());
      if (at(LT) && kindAt(1) == NAME && kindAt(2) == GT) {
        report(
            p, "unexpected symbol near '<' (Lua 5.4 attributes such as <const> are not Wippy Lua)");
        throw new SyntaxError();
      }
    } while (accept(COMMA));
    List<Expr> values = accept(ASSIGN) ? expressionList() : List.of();
    return new Stat.Local(from(start), names, values);
  }

  /** {@code type Name =} or {@code type Name<}: otherwise {@code type} is an ordinary name. */
  private boolean isTypeAliasStart() {
    return at(NAME)
        && "type".equals(t.values[p])
        && kindAt(1) == NAME
        && (kindAt(2) == ASSIGN || kindAt(2) == LT);
  }

  private Stat typeAlias(int start) {
    p++;
    Name n = name();
    List<TypeParam> params = at(LT) ? typeParams() : List.of();
    expect(ASSIGN);
    TypeExpr type = type();
    return new Stat.TypeAlias(from(start), n, params, type);
  }

  private Stat interfaceStat(int start, int ln) {
    p++;
    Name n = name();
    List<TypeParam> params = at(LT) ? typeParams() : List.of();
    List<TypeExpr> parents = new ArrayList<>();
    if (accept(COLON) || accept(EXTENDS)) {
      do {
        parents.add(type());
      } while (accept(COMMA));
    }
    List<TypeExpr.Member> members = new ArrayList<>();
    while (!at(END) && !at(EOF)) {
      members.add(member());
      if (!accept(COMMA)) {
        accept(SEMI);
      }
    }
    expectClosing(END, INTERFACE, ln);
    return new Stat.Interface(from(start), n, params, parents, members);
  }

  private Stat exprStat(int start) {
    Expr e = suffixed();
    if (at(ASSIGN) || at(COMMA)) {
      List<Expr> targets = new ArrayList<>();
      targets.add(checkAssignable(e));
      while (accept(COMMA)) {
        targets.add(checkAssignable(suffixed()));
      }
      expect(ASSIGN);
      List<Expr> values = expressionList();
      return new Stat.Assign(from(start), targets, values);
    }
    if (!(e instanceof Expr.Call || e instanceof Expr.MethodCall)) {
      throw error("syntax error");
    }
    return new Stat.CallStat(from(start), e);
  }

  private Expr checkAssignable(Expr e) {
    if (e instanceof Expr.NameRef || e instanceof Expr.Field || e instanceof Expr.Index) {
      return e;
    }
    throw error("syntax error");
  }
}
