package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.FuncBody;
import dev.wflow.lua.syntax.Node.FunctionName;
import dev.wflow.lua.syntax.Node.IfClause;
import dev.wflow.lua.syntax.Node.Name;
import dev.wflow.lua.syntax.Node.TypeParam;
import dev.wflow.lua.syntax.Node.TypedName;
import java.util.List;

/**
 * Statements. Declarations are explicit: {@link Local} and {@link LocalFunction} declare locals,
 * {@link NumericFor}/{@link GenericFor} declare loop variables, {@link Assign} lists its targets.
 *
 * <pre>{@code
 * if (s instanceof Stat.Local l) l.names().forEach(n -> declare(n.name()));
 * }</pre>
 */
public sealed interface Stat extends Node {
  <R> R accept(StatVisitor<R> v);

  /** {@code local a: T, b = e1, e2}. */
  record Local(Span span, List<TypedName> names, List<Expr> values) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitLocal(this);
    }
  }

  /** {@code local function name(...) ... end}: the name is in scope inside the body. */
  record LocalFunction(Span span, Name name, FuncBody body) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitLocalFunction(this);
    }
  }

  /** {@code function a.b:c(...) ... end}; a method gets an implicit {@code self}. */
  record Function(Span span, FunctionName name, FuncBody body) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitFunction(this);
    }
  }

  /** {@code t1, t2 = e1, e2}; targets are NameRef, Field or Index expressions. */
  record Assign(Span span, List<Expr> targets, List<Expr> values) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitAssign(this);
    }
  }

  /** A call used as a statement; {@code call} is a Call or MethodCall. */
  record CallStat(Span span, Expr call) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitCallStat(this);
    }
  }

  record Do(Span span, Block body) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitDo(this);
    }
  }

  record While(Span span, Expr condition, Block body) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitWhile(this);
    }
  }

  /** {@code repeat body until condition}: locals of the body are visible in the condition. */
  record Repeat(Span span, Block body, Expr condition) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitRepeat(this);
    }
  }

  /** {@code if}/{@code elseif} clauses and an optional (null) {@code else} block. */
  record If(Span span, List<IfClause> clauses, Block orElse) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitIf(this);
    }
  }

  /** {@code for var = start, limit[, step] do ... end}; {@code step} may be null. */
  record NumericFor(Span span, TypedName var, Expr start, Expr limit, Expr step, Block body)
      implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitNumericFor(this);
    }
  }

  /** {@code for k, v in exprs do ... end}. */
  record GenericFor(Span span, List<TypedName> vars, List<Expr> exprs, Block body) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitGenericFor(this);
    }
  }

  record Return(Span span, List<Expr> values) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitReturn(this);
    }
  }

  record Break(Span span) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitBreak(this);
    }
  }

  record Goto(Span span, Name label) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitGoto(this);
    }
  }

  /** {@code ::name::}. */
  record Label(Span span, Name name) implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitLabel(this);
    }
  }

  /** {@code type Name<T> = type}; no run-time effect. */
  record TypeAlias(Span span, Name name, List<TypeParam> typeParams, TypeExpr type)
      implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitTypeAlias(this);
    }
  }

  /** {@code interface Name<T>: A, B ... end}; no run-time effect. */
  record Interface(
      Span span,
      Name name,
      List<TypeParam> typeParams,
      List<TypeExpr> parents,
      List<TypeExpr.Member> members)
      implements Stat {
    public <R> R accept(StatVisitor<R> v) {
      return v.visitInterface(this);
    }
  }
}
