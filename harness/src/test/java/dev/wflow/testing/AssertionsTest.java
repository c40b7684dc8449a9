package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.oneCase;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conformance of the assertions with {@code wippy/test}'s {@code test.lua} (wippyai/framework
 * 7859e27): names, Lua's {@code ==} for eq/neq, what each returns, and the exact messages ({@code
 * format_value}: strings {@code %q}-quoted, tables {@code {k=v,}}).
 */
class AssertionsTest {

  @Test
  void everyAssertionPassesOnGoodInputAndReturnsWhatThePlatformReturns() {
    RunResult r =
        run(
            oneCase(
                """
                local t = {a = 1}
                test.eq(1, 1); test.eq(1, 1.0); test.eq(t, t); test.neq(1, 2); test.neq({}, {})
                test.neq(1, "1")
                test.eq(test.ok(5), 5); test.eq(test.not_nil(0), 0)
                test.is_nil(test.is_nil(nil)); test.is_nil(test.is_true(true))
                test.is_nil(test.is_false(false))
                test.eq(test.is_string("s"), "s"); test.eq(test.is_number(2), 2)
                test.eq(test.is_table(t), t); test.eq(test.is_function(print), print)
                test.eq(test.is_boolean(false), false)
                test.eq(test.contains("hello", "ell"), "hello"); test.contains("a.b", ".")
                test.contains("a1", 1)
                test.eq(test.matches("abc123", "%d+"), "abc123")
                test.eq(test.has_key({k = "v"}, "k"), "v")
                test.is_nil(test.len({1, 2}, 2)); test.len("abc", 3)
                test.gt(2, 1); test.gte(2, 2); test.lt("a", "b"); test.lte(2, 2)
                local err = test.throws(function() error("boom") end)
                test.contains(err, "boom")
                test.is_nil(test.has_error(nil, "e")); test.is_nil(test.no_error(1, nil))
                local same = setmetatable({}, {__eq = function() return true end})
                test.eq(same, setmetatable({}, getmetatable(same)))
                """));
    assertThat(summary(r)).containsExactly("PASSED s > x");
  }

  @Test
  void everyAssertionFailsWithThePlatformsMessage() {
    String[][] cases = {
      {"test.eq('a', 'b', 'custom')", "custom: expected \"b\", got \"a\""},
      {"test.eq(1, '1')", "assertion failed: expected \"1\", got 1"},
      {"test.eq('1', 1)", "assertion failed: expected 1, got \"1\""},
      {"test.eq({1, 2}, {1, 2})", "assertion failed: expected {1,2,}, got {1,2,}"},
      {"test.eq({a = 'x'}, {})", "assertion failed: expected {}, got {a=\"x\",}"},
      {"test.eq('a\\nb', 'c')", "assertion failed: expected \"c\", got \"a\\nb\""},
      {"test.neq(1, 1)", "assertion failed: expected not 1"},
      {"local t = {}; test.neq(t, t)", "assertion failed: expected not {}"},
      {"test.ok(false, 'm')", "m: expected truthy value, got false"},
      {"test.ok(nil)", "assertion failed: expected truthy value, got nil"},
      {"test.fail('nope')", "nope"},
      {"test.fail()", "assertion failed"},
      {"test.is_nil(1)", "assertion failed: expected nil, got 1"},
      {"test.is_nil('s')", "assertion failed: expected nil, got \"s\""},
      {"test.not_nil(nil)", "assertion failed: expected non-nil value"},
      {"test.is_true(1)", "assertion failed: expected true, got 1"},
      {"test.is_false(nil)", "assertion failed: expected false, got nil"},
      {"test.is_string(1)", "assertion failed: expected string, got number"},
      {"test.is_number('1')", "assertion failed: expected number, got string"},
      {"test.is_table(1)", "assertion failed: expected table, got number"},
      {"test.is_function(1)", "assertion failed: expected function, got number"},
      {"test.is_boolean(1)", "assertion failed: expected boolean, got number"},
      {"test.contains('abc', 'z')", "assertion failed: expected string to contain 'z'"},
      {"test.contains({'z'}, 'z')", "assertion failed: expected string to contain 'z'"},
      {"test.contains('a.c', '%.')", "assertion failed: expected string to contain '%.'"},
      {"test.matches('abc', '%d')", "assertion failed: expected string to match pattern '%d'"},
      {"test.matches(12, '%d')", "assertion failed: expected string to match pattern '%d'"},
      {"test.has_key({}, 'k')", "assertion failed: expected table to have key 'k'"},
      {"test.has_key('s', 'k')", "assertion failed: expected table, got string"},
      {"test.len({1}, 2)", "assertion failed: expected length 2, got 1"},
      {"test.gt(1, 2)", "assertion failed: expected 1 > 2"},
      {"test.gte(1, 2)", "assertion failed: expected 1 >= 2"},
      {"test.lt(2, 1)", "assertion failed: expected 2 < 1"},
      {"test.lte('b', 'a')", "assertion failed: expected \"b\" <= \"a\""},
      {"test.throws(function() end)", "throws failed: expected function to throw"},
      {"test.throws(function() end, 'm')", "m: expected function to throw"},
      {"test.has_error(1, 'e')", "has_error failed: expected nil result, got 1"},
      {"test.has_error(nil, nil)", "has_error failed: expected error, got nil"},
      {"test.no_error(nil, 'bad')", "no_error failed: unexpected error: bad"},
    };
    for (String[] c : cases) {
      CaseResult result = run(oneCase(c[0])).files().get(0).cases().get(0);
      assertThat(result.outcome()).as(c[0]).isEqualTo(Outcome.FAILED);
      assertThat(result.failure().message()).as(c[0]).startsWith(c[1]);
      assertThat(result.failure().location()).as(c[0]).isEqualTo("src/one.lua:3");
    }
  }

  /** A number never equals a string, whichever side each is on (Lua's {@code ==}). */
  @Test
  void numbersAndStringsNeverCompareEqual() {
    for (String call : new String[] {"test.eq(1, '1')", "test.eq('1', 1)", "test.eq(1.5, '1.5')"}) {
      assertThat(summary(run(oneCase(call)))).as(call).containsExactly("FAILED s > x");
    }
  }

  /** 0.1 + 0.2 reads 0.3 in Lua's 14 digits: the failure shows the digits that differ. */
  @Test
  void numbersThatLookEqualShowTheDigitsThatDiffer() {
    CaseResult c = run(oneCase("test.eq(0.1 + 0.2, 0.3)")).files().get(0).cases().get(0);
    assertThat(c.failure().message())
        .isEqualTo(
            "assertion failed: expected 0.3, got 0.3 (the numbers differ beyond the digits shown:"
                + " expected 0.3, got 0.30000000000000004)");
  }

  /** Tables compare by reference; wflow says so beside the platform's message, with a diff. */
  @Test
  void equalLookingTablesFailWithAnExplanation() {
    CaseResult c =
        run(oneCase("test.eq({status = 'ok'}, {status = 'ok'})")).files().get(0).cases().get(0);
    assertThat(c.failure().message())
        .isEqualTo(
            "assertion failed: expected {status=\"ok\",}, got {status=\"ok\",} (two different"
                + " tables with the same contents: eq compares tables by reference, as wippy/test"
                + " does)");
    assertThat(c.failure().hasDiff()).isTrue();
  }

  /** The Lua error the test sees is the platform's message, at the assertion's line. */
  @Test
  void theErrorValueIsThePlatformsMessage() {
    RunResult r =
        run(
            oneCase(
                """
                local err = test.throws(function() test.eq({}, 1, "m") end)
                test.contains(tostring(err), "m: expected 1, got {}")
                test.is_nil(string.find(tostring(err), "reference", 1, true))
                """));
    assertThat(summary(r)).containsExactly("PASSED s > x");
  }

  /** len uses {@code #} and the comparisons use Lua's operators: misuse raises Lua's error. */
  @Test
  void misuseRaisesLuasOwnErrors() {
    CaseResult len = run(oneCase("test.len(5, 1)")).files().get(0).cases().get(0);
    assertThat(len.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(len.failure().message()).contains("attempt to get length");
    CaseResult gt = run(oneCase("test.gt(1, '2')")).files().get(0).cases().get(0);
    assertThat(gt.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(gt.failure().message()).contains("attempt to compare");
  }

  /** {@code test.gt(a, b)} is {@code a > b} in test.lua: a bad pair raises what the VM raises. */
  @Test
  void aComparisonOfABadPairRaisesTheVmsMessage() {
    CaseResult c =
        run(oneCase(
                "local function msg(f) local _, e = pcall(f); return (tostring(e):gsub('^.-:%d+: ', '')) end\n"
                    + "    test.eq(msg(function() test.gt('a', 2) end), msg(function() return 'a' > 2 end))\n"
                    + "    test.eq(msg(function() test.gte('a', 2) end), msg(function() return 'a' >= 2 end))\n"
                    + "    test.eq(msg(function() test.lt('a', 2) end), msg(function() return 'a' < 2 end))"))
            .files()
            .get(0)
            .cases()
            .get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.PASSED);
  }
}
