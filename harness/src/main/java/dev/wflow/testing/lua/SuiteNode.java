package dev.wflow.testing.lua;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.luaj.vm2.LuaValue;

/**
 * One {@code describe} block as defined by a test file: its own cases, nested blocks and hooks. The
 * unnamed root holds top-level cases and hooks.
 */
public final class SuiteNode {

  /** One {@code it}/{@code it_skip}. */
  public record CaseDef(String name, LuaValue body, boolean skipped) {}

  private final String name;
  private final SuiteNode parent;
  private final List<CaseDef> cases = new ArrayList<>();
  private final List<SuiteNode> children = new ArrayList<>();
  private final List<LuaValue> beforeAll = new ArrayList<>();
  private final List<LuaValue> afterAll = new ArrayList<>();
  private final List<LuaValue> beforeEach = new ArrayList<>();
  private final List<LuaValue> afterEach = new ArrayList<>();

  SuiteNode(String name, SuiteNode parent) {
    this.name = name;
    this.parent = parent;
  }

  static SuiteNode root() {
    return new SuiteNode(null, null);
  }

  SuiteNode child(String childName) {
    SuiteNode c = new SuiteNode(childName, this);
    children.add(c);
    return c;
  }

  public String name() {
    return name;
  }

  /** Names of the enclosing {@code describe} blocks, outermost first, this one last. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (SuiteNode n = this; n != null && n.name != null; n = n.parent) {
      path.add(0, n.name);
    }
    return path;
  }

  /** This block and its ancestors, outermost first: the order {@code before_each} runs in. */
  public List<SuiteNode> lineage() {
    List<SuiteNode> chain = new ArrayList<>();
    for (SuiteNode n = this; n != null; n = n.parent) {
      chain.add(0, n);
    }
    return chain;
  }

  public List<CaseDef> cases() {
    return Collections.unmodifiableList(cases);
  }

  public List<SuiteNode> children() {
    return Collections.unmodifiableList(children);
  }

  public List<LuaValue> beforeAll() {
    return beforeAll;
  }

  public List<LuaValue> afterAll() {
    return afterAll;
  }

  public List<LuaValue> beforeEach() {
    return beforeEach;
  }

  public List<LuaValue> afterEach() {
    return afterEach;
  }

  void add(CaseDef c) {
    cases.add(c);
  }

  /** Number of cases in this block and every nested one. */
  public int caseCount() {
    int n = cases.size();
    for (SuiteNode c : children) {
      n += c.caseCount();
    }
    return n;
  }
}
