package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Span;
import dev.wflow.lua.syntax.Stat;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * LuaJ's limit of 200 active local variables, checked on the AST before compiling: LuaJ counts the
 * locals of all enclosing functions together, and when the limit is hit it fails with a
 * NullPointerException instead of a message, so the check has to happen here.
 */
final class LuajLimits extends AstWalker {
  static final int MAX_LOCALS = 200;

  /** Where the limit is first exceeded, and the message; null when within limits. */
  record Violation(Span span, String message) {}

  private final Deque<Integer> blockStarts = new ArrayDeque<>();
  private final Deque<Integer> functionLines = new ArrayDeque<>();
  private int active;
  private Violation violation;

  /** {@code prologueLocals}: locals the lowering adds at the top (the helper table). */
  static Violation check(Node.Chunk chunk, int prologueLocals) {
    LuajLimits limits = new LuajLimits();
    limits.active = prologueLocals;
    limits.functionLines.push(0);
    limits.walk(chunk);
    return limits.violation;
  }

  private void declare(int count, Span at) {
    active += count;
    if (active > MAX_LOCALS && violation == null) {
      int line = functionLines.peek();
      String where = line == 0 ? "main function" : "function at line " + line;
      violation =
          new Violation(
              at, where + " has more than " + MAX_LOCALS + " local variables (LuaJ limit)");
    }
  }

  @Override
  protected void enterBlock(Node.Block block) {
    blockStarts.push(active);
  }

  @Override
  protected void exitBlock(Node.Block block) {
    active = blockStarts.pop();
  }

  @Override
  protected void walkFunction(Node.FuncBody body) {
    int saved = active;
    functionLines.push(body.span().line());
    declare(body.params().size(), body.span());
    super.walkFunction(body);
    functionLines.pop();
    active = saved;
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    super.visitLocal(s);
    declare(s.names().size(), s.span());
    return null;
  }

  @Override
  public Void visitLocalFunction(Stat.LocalFunction s) {
    declare(1, s.span());
    return super.visitLocalFunction(s);
  }

  @Override
  public Void visitFunction(Stat.Function s) {
    int saved = active;
    if (s.name().isMethod()) {
      declare(1, s.span()); // self
    }
    super.visitFunction(s);
    active = saved;
    return null;
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    int saved = active;
    declare(4, s.span()); // three hidden control variables and the loop variable
    super.visitNumericFor(s);
    active = saved;
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    int saved = active;
    declare(3 + s.vars().size(), s.span());
    super.visitGenericFor(s);
    active = saved;
    return null;
  }
}
