package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.FuncBody;
import dev.wflow.lua.syntax.Node.IfClause;
import java.util.List;

/**
 * Walks every statement and expression in source order. Override a {@code visitX} method to look at
 * one kind of node and call {@code super.visitX(node)} to keep descending; override {@link
 * #enterBlock}/{@link #exitBlock} and {@link #enterFunction}/{@link #exitFunction} to track scopes.
 * Type expressions are not walked (they have no run-time meaning).
 *
 * <pre>{@code
 * new AstWalker() {
 *   @Override public Void visitCall(Expr.Call c) { calls.add(c); return super.visitCall(c); }
 * }.walk(chunk);
 * }</pre>
 */
public class AstWalker implements StatVisitor<Void>, ExprVisitor<Void> {

  public void walk(Node.Chunk chunk) {
    walkBlock(chunk.block());
  }

  public void walkBlock(Block block) {
    enterBlock(block);
    for (Stat s : block.stats()) {
      s.accept(this);
    }
    exitBlock(block);
  }

  protected void enterBlock(Block block) {}

  protected void exitBlock(Block block) {}

  /** Called before a function's body; its parameters are in {@code body.params()}. */
  protected void enterFunction(FuncBody body) {}

  protected void exitFunction(FuncBody body) {}

  protected void walkFunction(FuncBody body) {
    enterFunction(body);
    walkBlock(body.body());
    exitFunction(body);
  }

  /** The start, limit and step of a numeric {@code for}: evaluated outside the loop's scope. */
  protected void walkBounds(Stat.NumericFor s) {
    s.start().accept(this);
    s.limit().accept(this);
    if (s.step() != null) {
      s.step().accept(this);
    }
  }

  protected void walkExprs(List<? extends Expr> exprs) {
    for (Expr e : exprs) {
      e.accept(this);
    }
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    walkExprs(s.values());
    return null;
  }

  @Override
  public Void visitLocalFunction(Stat.LocalFunction s) {
    walkFunction(s.body());
    return null;
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    walkFunction(s.body());
    return null;
  }

  @Override
  public Void visitAssign(Stat.Assign s) {
    walkExprs(s.targets());
    walkExprs(s.values());
    return null;
  }

  @Override
  public Void visitCallStat(Stat.CallStat s) {
    s.call().accept(this);
    return null;
  }

  @Override
  public Void visitDo(Stat.Do s) {
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitWhile(Stat.While s) {
    s.condition().accept(this);
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitRepeat(Stat.Repeat s) {
    // The condition sees the body's locals, so it is visited inside the block's scope.
    enterBlock(s.body());
    for (Stat st : s.body().stats()) {
      st.accept(this);
    }
    s.condition().accept(this);
    exitBlock(s.body());
    return null;
  }

  @Override
  public Void visitIf(Stat.If s) {
    for (IfClause c : s.clauses()) {
      c.condition().accept(this);
      walkBlock(c.block());
    }
    if (s.orElse() != null) {
      walkBlock(s.orElse());
    }
    return null;
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    walkBounds(s);
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    walkExprs(s.exprs());
    walkBlock(s.body());
    return null;
  }

  @Override
  public Void visitReturn(Stat.Return s) {
    walkExprs(s.values());
    return null;
  }

  @Override
  public Void visitBreak(Stat.Break s) {
    return null;
  }

  @Override
  public Void visitGoto(Stat.Goto s) {
    return null;
  }

  @Override
  public Void visitLabel(Stat.Label s) {
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

  @Override
  public Void visitNil(Expr.Nil e) {
    return null;
  }

  @Override
  public Void visitBool(Expr.Bool e) {
    return null;
  }

  @Override
  public Void visitNumber(Expr.Number e) {
    return null;
  }

  @Override
  public Void visitStr(Expr.Str e) {
    return null;
  }

  @Override
  public Void visitVarargRef(Expr.VarargRef e) {
    return null;
  }

  @Override
  public Void visitFunction(Expr.Function e) {
    walkFunction(e.body());
    return null;
  }

  @Override
  public Void visitTable(Expr.Table e) {
    for (TableField f : e.fields()) {
      if (f instanceof TableField.Keyed k) {
        k.key().accept(this);
      }
      f.value().accept(this);
    }
    return null;
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    e.left().accept(this);
    e.right().accept(this);
    return null;
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    e.operand().accept(this);
    return null;
  }

  @Override
  public Void visitNameRef(Expr.NameRef e) {
    return null;
  }

  @Override
  public Void visitIndex(Expr.Index e) {
    e.object().accept(this);
    e.key().accept(this);
    return null;
  }

  @Override
  public Void visitField(Expr.Field e) {
    e.object().accept(this);
    return null;
  }

  @Override
  public Void visitCall(Expr.Call e) {
    e.callee().accept(this);
    walkExprs(e.args());
    return null;
  }

  @Override
  public Void visitMethodCall(Expr.MethodCall e) {
    e.receiver().accept(this);
    walkExprs(e.args());
    return null;
  }

  @Override
  public Void visitParen(Expr.Paren e) {
    e.inner().accept(this);
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    e.expr().accept(this);
    return null;
  }

  @Override
  public Void visitNonNil(Expr.NonNil e) {
    e.expr().accept(this);
    return null;
  }
}
