package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.IfClause;
import dev.wflow.lua.syntax.Node.TypedName;
import dev.wflow.lua.syntax.Stat;
import dev.wflow.lua.syntax.StatVisitor;
import java.util.List;

/** Writes statements as Lua 5.2, line for line; type statements and interfaces vanish. */
final class StatLowering extends ExprLowering implements StatVisitor<Void> {

  StatLowering(SourceWriter w, SourceLines lines) {
    super(w, lines);
  }

  void chunk(Node.Chunk chunk) {
    openScope();
    statements(chunk.block());
    closeScope();
  }

  private void block(Block b) {
    openScope();
    statements(b);
    closeScope();
  }

  private void statements(Block b) {
    for (Stat s : b.stats()) {
      s.accept(this);
    }
  }

  private void names(List<TypedName> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        w.token(",");
      }
      TypedName n = names.get(i);
      w.token(n.span().line(), variable(n.text()));
    }
  }

  @Override
  void functionBody(Node.FuncBody body) {
    openScope();
    w.token("(");
    names(body.params());
    if (body.vararg() != null) {
      if (!body.params().isEmpty()) {
        w.token(",");
      }
      w.token(body.vararg().span().line(), "...");
    }
    w.token(")");
    body.params().forEach(p -> declare(p.text()));
    statements(body.body());
    w.token(body.span().endLine(), "end");
    closeScope();
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    w.token(s.span().line(), "local");
    names(s.names());
    if (!s.values().isEmpty()) {
      w.token("=");
      exprList(s.values());
    }
    s.names().forEach(n -> declare(n.text()));
    return null;
  }

  @Override
  public Void visitLocalFunction(Stat.LocalFunction s) {
    w.token(s.span().line(), "local");
    w.token("function");
    w.token(s.name().span().line(), variable(s.name().text()));
    declare(s.name().text());
    functionBody(s.body());
    return null;
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    w.token(s.span().line(), "function");
    List<Node.Name> path = s.name().path();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        w.token(".");
      }
      String part = path.get(i).text();
      w.token(path.get(i).span().line(), i == 0 ? variable(part) : part);
    }
    if (s.name().isMethod()) {
      w.token(":");
      w.token(s.name().method().text());
    }
    functionBody(s.body());
    return null;
  }

  @Override
  public Void visitAssign(Stat.Assign s) {
    separateIfParenthesized(s.targets().get(0), s.span().line());
    exprList(s.targets());
    w.token("=");
    exprList(s.values());
    return null;
  }

  @Override
  public Void visitCallStat(Stat.CallStat s) {
    separateIfParenthesized(s.call(), s.span().line());
    expr(s.call());
    return null;
  }

  /**
   * A statement starting with '(' would continue the previous expression once an erased statement
   * (a type alias) no longer separates them; ';' keeps them apart.
   */
  private void separateIfParenthesized(Expr first, int line) {
    Expr e = first;
    while (true) {
      if (e instanceof Expr.Paren) {
        w.token(line, ";");
        return;
      } else if (e instanceof Expr.Call c) {
        e = c.callee();
      } else if (e instanceof Expr.MethodCall m) {
        e = m.receiver();
      } else if (e instanceof Expr.Field f) {
        e = f.object();
      } else if (e instanceof Expr.Index i) {
        e = i.object();
      } else if (e instanceof Expr.Cast c) {
        e = c.expr();
      } else if (e instanceof Expr.NonNil n) {
        e = n.expr();
      } else {
        return;
      }
    }
  }

  @Override
  public Void visitDo(Stat.Do s) {
    w.token(s.span().line(), "do");
    block(s.body());
    w.token(s.span().endLine(), "end");
    return null;
  }

  @Override
  public Void visitWhile(Stat.While s) {
    w.token(s.span().line(), "while");
    expr(s.condition());
    w.token("do");
    block(s.body());
    w.token(s.span().endLine(), "end");
    return null;
  }

  @Override
  public Void visitRepeat(Stat.Repeat s) {
    w.token(s.span().line(), "repeat");
    openScope(); // the condition sees the body's locals
    statements(s.body());
    w.token(s.condition().span().line(), "until");
    expr(s.condition());
    closeScope();
    return null;
  }

  @Override
  public Void visitIf(Stat.If s) {
    for (int i = 0; i < s.clauses().size(); i++) {
      IfClause c = s.clauses().get(i);
      w.token(c.span().line(), i == 0 ? "if" : "elseif");
      expr(c.condition());
      w.token("then");
      block(c.block());
    }
    if (s.orElse() != null) {
      Block e = s.orElse();
      w.token(e.stats().isEmpty() ? s.span().endLine() : e.span().line(), "else");
      block(e);
    }
    w.token(s.span().endLine(), "end");
    return null;
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    w.token(s.span().line(), "for");
    w.token(s.var().span().line(), variable(s.var().text()));
    w.token("=");
    expr(s.start());
    w.token(",");
    expr(s.limit());
    if (s.step() != null) {
      w.token(",");
      expr(s.step());
    }
    w.token("do");
    openScope();
    declare(s.var().text());
    block(s.body());
    closeScope();
    w.token(s.span().endLine(), "end");
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    w.token(s.span().line(), "for");
    names(s.vars());
    w.token("in");
    exprList(s.exprs());
    w.token("do");
    openScope();
    s.vars().forEach(v -> declare(v.text()));
    block(s.body());
    closeScope();
    w.token(s.span().endLine(), "end");
    return null;
  }

  @Override
  public Void visitReturn(Stat.Return s) {
    w.token(s.span().line(), "return");
    exprList(s.values());
    return null;
  }

  @Override
  public Void visitBreak(Stat.Break s) {
    w.token(s.span().line(), "break");
    return null;
  }

  @Override
  public Void visitGoto(Stat.Goto s) {
    w.token(s.span().line(), "goto");
    w.token(s.label().text());
    return null;
  }

  @Override
  public Void visitLabel(Stat.Label s) {
    w.token(s.span().line(), "::");
    w.token(s.name().text());
    w.token("::");
    return null;
  }

  @Override
  public Void visitTypeAlias(Stat.TypeAlias s) {
    return null;
  }

  @Override
  public Void visitInterface(Stat.Interface s) {
    return null;
  }
}
