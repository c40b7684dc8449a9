package dev.wflow.testing.lua;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * The Lua tables {@code wippy/test} hands back, shaped as its {@code test.lua} shapes them: {@code
 * test.run()}'s results, {@code run_cases}' summary (the "healthcheck" table) and the suite tables
 * of {@code test.suite}/{@code test.describe}.
 *
 * <pre>{@code
 * LuaTable results = RunTables.results(3);     // then RunTables.add(results, ...) per test
 * LuaValue summary = RunTables.summary(results, LuaValue.NIL);
 * summary.get("failed_tests");                 // 0
 * }</pre>
 */
public final class RunTables {

  private RunTables() {}

  /** {@code {total, passed = 0, failed = 0, skipped = 0, duration = 0, tests = {}}}. */
  public static LuaTable results(int total) {
    LuaTable r = new LuaTable();
    r.set("total", total);
    r.set("passed", 0);
    r.set("failed", 0);
    r.set("skipped", 0);
    r.set("duration", 0);
    r.set("tests", new LuaTable());
    return r;
  }

  /**
   * Adds one test's result: {@code status} is {@code "pass"}, {@code "fail"} or {@code "skip"};
   * {@code seconds} is ignored for a skipped test, {@code error} may be null.
   */
  public static void add(
      LuaTable results, String suite, String name, String status, double seconds, String error) {
    LuaTable t = new LuaTable();
    t.set("suite", suite);
    t.set("name", name);
    t.set("status", status);
    if (!status.equals("skip")) {
      t.set("duration", seconds);
    }
    if (error != null) {
      t.set("error", error);
    }
    LuaTable tests = (LuaTable) results.get("tests");
    tests.set(tests.length() + 1, t);
    String counter =
        switch (status) {
          case "pass" -> "passed";
          case "skip" -> "skipped";
          default -> "failed";
        };
    results.set(counter, results.get(counter).toint() + 1);
  }

  /**
   * What {@code run_cases(define)(options)} returns: {@code {timestamp, status = "ok"|"error",
   * total_tests, passed_tests, failed_tests, duration_ms, test_suites = {[suite] = {name, status,
   * tests = {{name, status, duration_ms, error}}}}, ref_id}}.
   */
  public static LuaValue summary(LuaValue results, LuaValue refId) {
    LuaTable h = new LuaTable();
    int failed = results.get("failed").toint();
    h.set("timestamp", now());
    h.set("status", failed > 0 ? "error" : "ok");
    h.set("total_tests", results.get("total"));
    h.set("passed_tests", results.get("passed"));
    h.set("failed_tests", failed);
    h.set("duration_ms", results.get("duration").todouble() * 1000);
    LuaTable suites = new LuaTable();
    h.set("test_suites", suites);
    if (refId.toboolean()) {
      h.set("ref_id", refId);
    }
    LuaTable tests = (LuaTable) results.get("tests");
    for (int i = 1; i <= tests.length(); i++) {
      LuaValue r = tests.get(i);
      LuaValue suite = suites.get(r.get("suite"));
      if (suite.isnil()) {
        LuaTable s = new LuaTable();
        s.set("name", r.get("suite"));
        s.set("status", "ok");
        s.set("tests", new LuaTable());
        suites.set(r.get("suite"), s);
        suite = s;
      }
      LuaTable t = new LuaTable();
      t.set("name", r.get("name"));
      t.set("status", r.get("status"));
      if (!r.get("duration").isnil()) {
        t.set("duration_ms", r.get("duration").todouble() * 1000);
      }
      t.set("error", r.get("error"));
      LuaTable list = (LuaTable) suite.get("tests");
      list.set(list.length() + 1, t);
      if (r.get("status").tojstring().equals("fail")) {
        suite.set("status", "error");
      }
    }
    return h;
  }

  /** {@code test.suite(name)}: an empty suite table. */
  static LuaTable emptySuite(LuaValue name) {
    LuaTable s = new LuaTable();
    s.set("name", name);
    s.set("tests", new LuaTable());
    s.set("children", new LuaTable());
    s.set("full_path", name);
    return s;
  }

  /** The table {@code describe} returns for a block. */
  static LuaTable suite(SuiteNode node) {
    LuaTable s = emptySuite(LuaValue.valueOf(node.name()));
    s.set("full_path", node.fullPath());
    LuaTable tests = (LuaTable) s.get("tests");
    for (SuiteNode.CaseDef c : node.cases()) {
      LuaTable t = new LuaTable();
      t.set("name", c.name());
      t.set("skipped", LuaValue.valueOf(c.skipped()));
      tests.set(tests.length() + 1, t);
    }
    return s;
  }

  /** The {@code test:plan} event's data: {@code {suites = {{name, tests = {{name, skipped}}}}}}. */
  public static LuaTable plan(java.util.List<SuiteNode> topLevel) {
    LuaTable suites = new LuaTable();
    for (SuiteNode s : topLevel) {
      LuaTable tests = new LuaTable();
      addCases(tests, s);
      LuaTable suite = new LuaTable();
      suite.set("name", s.name());
      suite.set("tests", tests);
      suites.set(suites.length() + 1, suite);
    }
    LuaTable plan = new LuaTable();
    plan.set("suites", suites);
    return plan;
  }

  private static void addCases(LuaTable tests, SuiteNode s) {
    for (SuiteNode.CaseDef c : s.cases()) {
      LuaTable t = new LuaTable();
      t.set("name", c.name());
      t.set("skipped", LuaValue.valueOf(c.skipped()));
      tests.set(tests.length() + 1, t);
    }
    for (SuiteNode child : s.children()) {
      addCases(tests, child);
    }
  }

  /** Unix seconds, as {@code time.now():unix()} gives them. */
  public static LuaValue now() {
    return LuaValue.valueOf((double) (System.currentTimeMillis() / 1000));
  }
}
