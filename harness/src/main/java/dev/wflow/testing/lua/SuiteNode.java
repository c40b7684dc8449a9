package dev.wflow.testing.lua;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.luaj.vm2.LuaValue;

/**
 * One {@code describe} block as defined by a test file: its cases, nested blocks and hook slots. As
 * in {@code wippy/test}, {@code before_all}, {@code before_each} and {@code after_all} hold one
 * hook each (a second call replaces the first), while {@code after_each} hooks chain in the order
 * they were added. The unnamed root only holds the top-level blocks.
 */
public final class SuiteNode {

  /**
   * One {@code it}/{@code it_skip}.
   *
   * @param location {@code file:line} of the {@code it} call, or null when unknown
   */
  public record CaseDef(String name, LuaValue body, boolean skipped, String location) {}

  private final String name;
  private final SuiteNode parent;
  private final String location;
  private final List<CaseDef> cases = new ArrayList<>();
  private final List<SuiteNode> children = new ArrayList<>();
  private final List<LuaValue> afterEach = new ArrayList<>();
  private LuaValue beforeAll = LuaValue.NIL;
  private LuaValue afterAll = LuaValue.NIL;
  private LuaValue beforeEach = LuaValue.NIL;

  private SuiteNode(String name, SuiteNode parent, String location) {
    this.name = name;
    this.parent = parent;
    this.location = location;
  }

  static SuiteNode root() {
    return new SuiteNode(null, null, null);
  }

  SuiteNode child(String childName, String at) {
    SuiteNode c = new SuiteNode(childName, this, at);
    children.add(c);
    return c;
  }

  public String name() {
    return name;
  }

  /** {@code file:line} of the {@code describe} call, or null when unknown. */
  public String location() {
    return location;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** How deep the block is nested: 1 for a top-level {@code describe}. */
  public int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  /**
   * The nested blocks the framework runs after this block's cases: a top-level {@code describe}'s
   * own blocks, and none deeper (its runner counts cases nested three deep but never runs them, so
   * neither does wflow; {@code PlanExecutor} warns about them).
   */
  public List<SuiteNode> blocksRun() {
    return depth() == 1 ? children() : List.of();
  }

  /** Names of the enclosing {@code describe} blocks, outermost first, this one last. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (SuiteNode n = this; n != null && n.name != null; n = n.parent) {
      path.add(0, n.name);
    }
    return path;
  }

  /** {@code "outer > inner"}: the suite name the platform reports. */
  public String fullPath() {
    return String.join(" > ", path());
  }

  /** The named blocks from the outermost down to this one: the order setup hooks run in. */
  public List<SuiteNode> lineage() {
    List<SuiteNode> chain = new ArrayList<>();
    for (SuiteNode n = this; n != null && n.name != null; n = n.parent) {
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

  /** The {@code before_all} hook, or nil. */
  public LuaValue beforeAll() {
    return beforeAll;
  }

  /** The {@code after_all} hook, or nil. */
  public LuaValue afterAll() {
    return afterAll;
  }

  /** The {@code before_each} hook, or nil. */
  public LuaValue beforeEach() {
    return beforeEach;
  }

  /** The chained {@code after_each} hooks, first added first. */
  public List<LuaValue> afterEach() {
    return Collections.unmodifiableList(afterEach);
  }

  void setBeforeAll(LuaValue hook) {
    beforeAll = hook;
  }

  void setAfterAll(LuaValue hook) {
    afterAll = hook;
  }

  void setBeforeEach(LuaValue hook) {
    beforeEach = hook;
  }

  void addAfterEach(LuaValue hook) {
    afterEach.add(hook);
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
