package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestModuleTest {

  @Test
  void runCasesReportsEachItWithHooksInNestingOrder() {
    RunResult r =
        run(
            entry(
                "hooks",
                """
                local test = require("test")
                local log = {}
                local function define()
                  describe("outer", function()
                    before_all(function() table.insert(log, "ba-outer") end)
                    before_each(function() table.insert(log, "be-outer") end)
                    after_each(function() table.insert(log, "ae-outer") end)
                    after_all(function() table.insert(log, "aa-outer") end)
                    it("first", function() table.insert(log, "first") end)
                    describe("inner", function()
                      before_each(function() table.insert(log, "be-inner") end)
                      after_each(function() table.insert(log, "ae-inner") end)
                      it("second", function() table.insert(log, "second") end)
                    end)
                  end)
                  test.describe("order", function()
                    test.it("log", function()
                      test.eq(table.concat(log, ","),
                        "ba-outer,be-outer,first,ae-outer,be-outer,be-inner,second,ae-inner,ae-outer,aa-outer")
                    end)
                  end)
                end
                return { run = test.run_cases(define) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED outer > first", "PASSED outer > inner > second", "PASSED order > log");
  }

  @Test
  void everyAssertionPassesOnGoodInput() {
    RunResult r =
        run(
            entry(
                "asserts",
                """
                local function define()
                  describe("all", function()
                    it("passes", function()
                      test.eq(1, 1); test.eq({a = {1, 2}}, {a = {1, 2}}); test.neq(1, 2)
                      test.ok(1); test.is_nil(nil); test.not_nil(0); test.is_true(true)
                      test.is_false(false); test.is_string("s"); test.is_number(1)
                      test.is_table({}); test.is_function(print); test.is_boolean(false)
                      test.contains("hello", "ell"); test.contains({1, "x"}, "x")
                      test.matches("abc123", "%d+"); test.has_key({k = 1}, "k")
                      test.len({1, 2}, 2); test.len("abc", 3)
                      test.gt(2, 1); test.gte(2, 2); test.lt(1, 2); test.lte(2, 2)
                      local err = test.throws(function() error("boom") end)
                      test.contains(err, "boom")
                      test.has_error(nil, "e"); test.no_error(1, nil)
                    end)
                  end)
                end
                return { run = test.run_cases(define) }
                """));
    assertThat(summary(r)).containsExactly("PASSED all > passes");
  }

  @Test
  void failingAssertionCarriesMessageLocationAndTableDiff() {
    RunResult r =
        run(
            entry(
                "fails",
                """
                return { run = test.run_cases(function()
                  describe("s", function()
                    it("scalar", function()
                      test.eq(1 + 1, 3, "sum")
                    end)
                    it("table", function()
                      test.eq({status = "done", n = 1}, {status = "ok", n = 1})
                    end)
                  end)
                end) }
                """));
    CaseResult scalar = r.files().get(0).cases().get(0);
    assertThat(scalar.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(scalar.failure().message()).isEqualTo("sum: expected 3, got 2");
    assertThat(scalar.failure().location()).isEqualTo("src/fails.lua:4");
    CaseResult table = r.files().get(0).cases().get(1);
    assertThat(table.failure().location()).isEqualTo("src/fails.lua:7");
    assertThat(table.failure().expected()).isEqualTo("{\n  n = 1,\n  status = \"ok\"\n}");
    assertThat(table.failure().actual()).contains("status = \"done\"");
  }

  @Test
  void everyAssertionFailsWithThePlatformWording() {
    String[][] cases = {
      {"test.neq(1, 1)", "assertion failed: expected not 1"},
      {"test.ok(false, 'm')", "m: expected truthy value, got false"},
      {"test.fail('nope')", "nope"},
      {"test.is_nil(1)", "assertion failed: expected nil, got 1"},
      {"test.not_nil(nil)", "assertion failed: expected non-nil value"},
      {"test.is_true(1)", "assertion failed: expected true, got 1"},
      {"test.is_false(nil)", "assertion failed: expected false, got nil"},
      {"test.is_string(1)", "assertion failed: expected string, got number"},
      {"test.is_number('1')", "assertion failed: expected number, got string"},
      {"test.is_table(1)", "assertion failed: expected table, got number"},
      {"test.is_function(1)", "assertion failed: expected function, got number"},
      {"test.is_boolean(1)", "assertion failed: expected boolean, got number"},
      {
        "test.contains('abc', 'z')", "assertion failed: expected string to contain 'z', got \"abc\""
      },
      {
        "test.matches('abc', '%d')",
        "assertion failed: expected string to match pattern '%d', got \"abc\""
      },
      {"test.has_key({}, 'k')", "assertion failed: expected table to have key 'k'"},
      {"test.len({1}, 2)", "assertion failed: expected length 2, got 1"},
      {"test.gt(1, 2)", "assertion failed: expected 1 > 2"},
      {"test.gte(1, 2)", "assertion failed: expected 1 >= 2"},
      {"test.lt(2, 1)", "assertion failed: expected 2 < 1"},
      {"test.lte(2, 1)", "assertion failed: expected 2 <= 1"},
      {"test.throws(function() end)", "throws failed: expected function to throw"},
      {"test.has_error(1, 'e')", "has_error failed: expected nil result, got 1"},
      {"test.has_error(nil, nil)", "has_error failed: expected error, got nil"},
      {"test.no_error(nil, 'bad')", "no_error failed: unexpected error: bad"},
    };
    for (String[] c : cases) {
      RunResult r =
          run(
              entry(
                  "one",
                  "return { run = test.run_cases(function()\n"
                      + "  it('x', function()\n    "
                      + c[0]
                      + "\n  end)\nend) }\n"));
      CaseResult result = r.files().get(0).cases().get(0);
      assertThat(result.outcome()).as(c[0]).isEqualTo(Outcome.FAILED);
      assertThat(result.failure().message()).as(c[0]).isEqualTo(c[1]);
      assertThat(result.failure().location()).as(c[0]).isEqualTo("src/one.lua:3");
    }
  }

  @Test
  void skippedErroringAndSimpleTests() {
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
                  end)
                end) }
                """),
            entry("simple_ok", "return function() return true end"),
            entry("simple_false", "return function() return false end"),
            entry("simple_raise", "return function() error('bad thing') end"));
    assertThat(summary(r))
        .containsExactly(
            "SKIPPED m > later",
            "ERROR m > raises",
            "ERROR m > errors",
            "PASSED simple_ok",
            "FAILED simple_false",
            "ERROR simple_raise");
    CaseResult errors = r.files().get(0).cases().get(2);
    assertThat(errors.failure().message()).isEqualTo("boom");
    assertThat(errors.failure().location()).isEqualTo("src/mixed.lua:5");
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(1);
  }

  @Test
  void mocksReplaceAModuleFieldForOneTestOnly() {
    RunResult r =
        run(
            entry(
                "mocks",
                """
                return { run = test.run_cases(function()
                  describe("m", function()
                    it("mocked", function()
                      test.mock("string.upper", function() return "MOCK" end)
                      test.eq(string.upper("a"), "MOCK")
                      test.eq(string.lower("A"), "a")
                    end)
                    it("restored", function()
                      test.eq(string.upper("a"), "A")
                    end)
                    it("restore_all", function()
                      mock("string.upper", function() return "M" end)
                      test.restore_all_mocks()
                      test.eq(string.upper("a"), "A")
                    end)
                  end)
                end) }
                """));
    assertThat(summary(r))
        .containsExactly("PASSED m > mocked", "PASSED m > restored", "PASSED m > restore_all");
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
                  it("integer division", function()
                    local x: number = half({a = 3, b = 4})
                    test.eq(x, 3)
                    test.eq(5 & 3, 1)
                  end)
                end) }
                """));
    assertThat(summary(r)).containsExactly("PASSED integer division");
  }

  @Test
  void anErrorRaisedWithATableShowsTheTable() {
    RunResult r =
        run(
            entry(
                "raises",
                """
                local function define()
                  it("raises a table", function() error({code = 42}) end)
                end
                return { run = test.run_cases(define) }
                """));
    CaseResult c = r.files().get(0).cases().get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.failure().message()).isEqualTo("error value {code = 42}");
  }
}
