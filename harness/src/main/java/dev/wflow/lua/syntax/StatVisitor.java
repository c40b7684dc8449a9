package dev.wflow.lua.syntax;

/** One method per {@link Stat} kind; dispatch with {@code stat.accept(visitor)}. */
public interface StatVisitor<R> {
  R visitLocal(Stat.Local s);

  R visitLocalFunction(Stat.LocalFunction s);

  R visitFunction(Stat.Function s);

  R visitAssign(Stat.Assign s);

  R visitCallStat(Stat.CallStat s);

  R visitDo(Stat.Do s);

  R visitWhile(Stat.While s);

  R visitRepeat(Stat.Repeat s);

  R visitIf(Stat.If s);

  R visitNumericFor(Stat.NumericFor s);

  R visitGenericFor(Stat.GenericFor s);

  R visitReturn(Stat.Return s);

  R visitBreak(Stat.Break s);

  R visitGoto(Stat.Goto s);

  R visitLabel(Stat.Label s);

  R visitTypeAlias(Stat.TypeAlias s);

  R visitInterface(Stat.Interface s);
}
