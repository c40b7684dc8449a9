package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.summary;
import static dev.wflow.testing.LuaTestFiles.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conformance of the BDD side of the {@code test} module with {@code wippy/test}'s {@code test.lua}
 * (wippyai/framework 7859e27): each expectation below was worked out from that source ({@code
 * describe}, the hook setters, {@code run_suite_with_children}, {@code run_test}, {@code
 * run_cases}).
 */
class TestModuleTest {

  /**
   * test.lua: before_all/before_each/after_all assign a slot (last wins), after_each wraps the
   * previous one; run_suite_with_children runs every ancestor's before_all/after_all around a
   * nested block, and before_each outermost first, after_each innermost first.
   */
  @Test
  void hookSlotsAndOrderAreThePlatforms() {
    RunResult r =
        run(
            entry(
                "hooks",
                """
                local log = {}
                local function add(s) return function() table.insert(log, s) end end
                local function define()
                  describe("A", function()
                    before_all(add("ba1")); before_all(add("ba2"))
                    before_each(add("be1")); before_each(add("be2"))
                    after_each(add("ae1")); after_each(add("ae2"))
                    after_all(add("aa1")); after_all(add("aa2"))
                    it("a1", add("a1"))
                    describe("B", function()
                      before_all(add("baB")); after_all(add("aaB"))
                      before_each(add("beB")); after_each(add("aeB"))
                      it("b1", add("b1"))
                    end)
                    describe("C", function() it("c1", add("c1")) end)
                  end)
                  describe("D", function()
                    it("log", function()
                      test.eq(table.concat(log, ","), table.concat({
                        "ba2", "be2", "a1", "ae1", "ae2",
                        "ba2", "baB", "be2", "beB", "b1", "aeB", "ae1", "ae2", "aaB", "aa2",
                        "ba2", "be2", "c1", "ae1", "ae2", "aa2",
                        "aa2"}, ","))
                    end)
                  end)
                end
                return { run = test.run_cases(define) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED A > a1", "PASSED A > B > b1", "PASSED A > C > c1", "PASSED D > log");
  }

  /**
   * run_suite_with_children only lets top-level blocks run their children, so cases three deep are
   * counted in run()'s total but never run: wflow does the same and warns at the describe.
   */
  @Test
  void casesThreeDeepAreCountedNeverRunAndWarnedAbout() {
    RunResult r =
        run(
            entry(
                "deep",
                """
                local summary
                local inner = test.run_cases(function()
                  describe("A", function()
                    describe("B", function()
                      it("b", function() end)
                      describe("C", function()
                        it("c1", function() error("never runs") end)
                        it("c2", function() end)
                      end)
                    end)
                  end)
                end)
                local check = test.run_cases(function()
                  describe("summary", function()
                    it("counts what never ran", function()
                      test.eq(summary.total_tests, 3)
                      test.eq(summary.passed_tests, 1)
                      test.eq(summary.failed_tests, 0)
                    end)
                  end)
                end)
                return { run = function(o) summary = inner(o); return check(o) end }
                """));
    assertThat(summary(r))
        .containsExactly("PASSED A > B > b", "PASSED summary > counts what never ran");
    assertThat(warnings(r))
        .singleElement()
        .asString()
        .startsWith("src/deep.lua:6: describe 'A > B > C' is nested 3 deep")
        .contains("counts its 2 test(s) but never runs them");
  }

  /** test.lua: it/it_skip and every hook raise outside a describe block. */
  @Test
  void casesAndHooksOutsideADescribeRaise() {
    RunResult r =
        run(
            entry(
                "top_it",
                "return { run = test.run_cases(function() it('x', function() end) end) }"),
            entry(
                "top_hook",
                "return { run = test.run_cases(function() before_each(function() end) end) }"),
            entry(
                "top_skip",
                "return { run = test.run_cases(function() test.it_skip('x', function() end) end)"
                    + " }"));
    assertThat(summary(r))
        .containsExactly(
            "FILE top_it: error outside any test: test must be called within a describe block",
            "FILE top_hook: error outside any test: before_each must be called within a describe"
                + " block",
            "FILE top_skip: error outside any test: test must be called within a describe block");
  }

  /**
   * run_cases returns {timestamp, status, total_tests, passed_tests, failed_tests, duration_ms,
   * test_suites = {[path] = {name, status, tests}}, ref_id}; run() returns {total, passed, failed,
   * skipped, duration, tests}; the BDD globals exist while defining and are nil afterwards.
   */
  @Test
  void runCasesReturnsThePlatformsSummaryAndClearsTheGlobals() {
    RunResult r =
        run(
            entry(
                "shape",
                """
                local summary, during, after
                local inner = test.run_cases(function()
                  during = describe == test.describe and it == test.it and mock == test.mock
                  describe("S", function()
                    it("ok", function() end)
                    it("bad", function() test.eq(1, 2) end)
                    it_skip("later", function() end)
                    describe("N", function() it("deep", function() end) end)
                  end)
                end)
                local check = test.run_cases(function()
                  describe("shape", function()
                    it("summary", function()
                      test.eq(summary.status, "error")
                      test.eq(summary.total_tests, 4)
                      test.eq(summary.passed_tests, 2)
                      test.eq(summary.failed_tests, 1)
                      test.is_nil(summary.skipped_tests)
                      test.is_number(summary.duration_ms)
                      test.is_number(summary.timestamp)
                      test.eq(summary.ref_id, "app.test:shape")
                      local s = summary.test_suites["S"]
                      test.eq(s.name, "S")
                      test.eq(s.status, "error")
                      test.eq(#s.tests, 3)
                      test.eq(s.tests[1].name, "ok")
                      test.eq(s.tests[1].status, "pass")
                      test.is_number(s.tests[1].duration_ms)
                      test.eq(s.tests[2].status, "fail")
                      test.eq(s.tests[2].error, "src/shape.lua:6: assertion failed: expected 2, got 1")
                      test.eq(s.tests[3].status, "skip")
                      test.is_nil(s.tests[3].duration_ms)
                      test.eq(summary.test_suites["S > N"].tests[1].name, "deep")
                    end)
                    it("globals", function()
                      test.is_true(during)
                      test.is_true(after)
                    end)
                  end)
                end)
                return { run = function(o)
                  summary = inner(o)
                  after = describe == nil and it == nil and before_each == nil and mock == nil
                  return check(o)
                end }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED S > ok",
            "FAILED S > bad",
            "SKIPPED S > later",
            "PASSED S > N > deep",
            "PASSED shape > summary",
            "PASSED shape > globals");
  }

  /** test.run() on its own returns run()'s results table, and describe returns a suite table. */
  @Test
  void runAndDescribeReturnThePlatformsTables() {
    RunResult r =
        run(
            entry(
                "direct",
                """
                return function()
                  local s = test.describe("S", function() test.it("a", function() end) end)
                  assert(s.name == "S" and s.full_path == "S" and #s.tests == 1, "suite table")
                  local t = test.suite("X")
                  assert(t.name == "X" and #t.tests == 0 and #t.children == 0, "test.suite")
                  local results = test.run()
                  assert(results.total == 1 and results.passed == 1 and results.failed == 0
                    and results.skipped == 0 and #results.tests == 1, "results")
                  assert(results.tests[1].suite == "S" and results.tests[1].status == "pass")
                  return true
                end
                """));
    assertThat(summary(r)).containsExactly("PASSED S > a");
  }

  @Test
  void skippedErroringAndFailingCases() {
    RunResult r =
        run(
            entry(
                "mixed",
                """
                return { run = test.run_cases(function()
                  describe("m", function()
                    it_skip("later", function() error("never") end)
                    it("raises", function() local t = nil; return t.x end)
                    it("errors", function() error("boom") end)
                    it("no body")
                  end)
                end) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "SKIPPED m > later", "ERROR m > raises", "ERROR m > errors", "ERROR m > no body");
    CaseResult errors = r.files().get(0).cases().get(2);
    assertThat(errors.failure().message()).isEqualTo("boom");
    assertThat(errors.failure().location()).isEqualTo("src/mixed.lua:5");
    assertThat(r.files().get(0).cases().get(3).failure().message())
        .isEqualTo("attempt to call a nil value");
  }

  /**
   * run_test calls before_each/after_each outside its pcall, and run_cases does not catch: a hook's
   * error ends the run. The runner then ignores the entry's error because cases were reported, so
   * the file passes on the platform; wflow reports the same and warns.
   */
  @Test
  void anErrorInAHookEndsTheRunAndIsIgnoredOnceCasesRan() {
    RunResult r =
        run(
            entry(
                "hook_error",
                """
                return { run = test.run_cases(function()
                  describe("a", function() it("x", function() end) end)
                  describe("b", function()
                    before_each(function() error("setup broke") end)
                    it("y", function() end)
                  end)
                  describe("c", function() it("z", function() end) end)
                end) }
                """),
            entry(
                "first_hook_error",
                """
                return { run = test.run_cases(function()
                  describe("b", function()
                    before_all(function() error("setup broke") end)
                    it("y", function() end)
                  end)
                end) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED a > x", "FILE first_hook_error: error outside any test: setup broke");
    assertThat(warnings(r))
        .singleElement()
        .asString()
        .startsWith("src/hook_error.lua:4: the entry raised after its tests ran (setup broke)");
  }

  @Test
  void testFilesAreWrittenInTheWippyDialect() {
    RunResult r =
        run(
            entry(
                "dialect",
                """
                type Pair = {a: number, b: number}
                local function half(p: Pair): number
                  return (p.a + p.b) // 2
                end
                return { run = test.run_cases(function()
                  describe("d", function()
                    it("integer division", function()
                      local x: number = half({a = 3, b = 4})
                      test.eq(x, 3)
                      test.eq(5 & 3, 1)
                    end)
                  end)
                end) }
                """));
    assertThat(summary(r)).containsExactly("PASSED d > integer division");
  }

  @Test
  void anErrorRaisedWithATableShowsTheTable() {
    RunResult r = run(LuaTestFiles.oneCase("error({code = 42})"));
    CaseResult c = r.files().get(0).cases().get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.failure().message()).isEqualTo("error value {code = 42}");
  }
}
