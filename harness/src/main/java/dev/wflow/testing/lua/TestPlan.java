package dev.wflow.testing.lua;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * The tree a test file defines through {@code describe}/{@code it} and the hooks, collected while
 * the definitions run and executed afterwards.
 */
public final class TestPlan {

  private SuiteNode root = SuiteNode.root();
  private SuiteNode current = root;
  private boolean executed;
  private boolean defining;

  public SuiteNode root() {
    return root;
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

  void describe(String name, LuaValue body) {
    if (!body.isfunction()) {
      throw new LuaError("describe '" + name + "': expected a function, got " + body.typename());
    }
    SuiteNode outer = current;
    current = outer.child(name);
    try {
      body.call();
    } finally {
      current = outer;
    }
  }

  void it(String name, LuaValue body, boolean skipped) {
    if (!skipped && !body.isfunction()) {
      throw new LuaError("it '" + name + "': expected a function, got " + body.typename());
    }
    current.add(new SuiteNode.CaseDef(name, body, skipped));
  }

  SuiteNode current() {
    return current;
  }

  public boolean hasCases() {
    return root.caseCount() > 0;
  }
}
