package dev.wflow.testing.lua;

import java.util.List;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * The tree a test file defines through {@code describe}/{@code it} and the hooks, collected while
 * the definitions run and executed afterwards. As in {@code wippy/test}, cases and hooks belong to
 * a {@code describe} block: outside one they raise.
 */
public final class TestPlan {

  private final Supplier<String> where;
  private SuiteNode root = SuiteNode.root();
  private SuiteNode current = root;
  private boolean executed;
  private boolean defining;

  /** {@code where} gives the Lua {@code file:line} of the current call (or null). */
  TestPlan(Supplier<String> where) {
    this.where = where;
  }

  /** The top-level {@code describe} blocks, in definition order. */
  public List<SuiteNode> suites() {
    return root.children();
  }

  /** True once the plan was run (by {@code run_cases} or {@code test.run}). */
  public boolean executed() {
    return executed;
  }

  public void markExecuted() {
    executed = true;
  }

  /** Forget everything defined so far (each {@code run_cases} call starts fresh). */
  void reset() {
    root = SuiteNode.root();
    current = root;
    executed = false;
    defining = true;
  }

  /** True once {@code run_cases} started defining cases, even if the definitions failed. */
  public boolean usedRunCases() {
    return defining;
  }

  /**
   * Runs {@code body} with a new block as the current one. Like the platform, the block stays the
   * current one if the body raises (the error ends the whole definition anyway).
   */
  SuiteNode describe(String name, LuaValue body) {
    SuiteNode outer = current;
    SuiteNode block = outer.child(name, where.get());
    current = block;
    if (!body.isfunction()) {
      throw new LuaError(
          "attempt to call a " + body.typename() + " value (describe '" + name + "')");
    }
    body.call();
    current = outer;
    return block;
  }

  void it(String name, LuaValue body, boolean skipped) {
    current("test").add(new SuiteNode.CaseDef(name, body, skipped, where.get()));
  }

  /** The block being defined; {@code what} names the caller in the error outside any block. */
  SuiteNode current(String what) {
    if (current.isRoot()) {
      throw new LuaError(what + " must be called within a describe block");
    }
    return current;
  }

  public boolean hasCases() {
    return root.caseCount() > 0;
  }

  /** Every case defined, run or not: the platform's {@code total}. */
  public int caseCount() {
    return root.caseCount();
  }
}
