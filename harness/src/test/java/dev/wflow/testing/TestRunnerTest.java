package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.runCounting;
import static dev.wflow.testing.LuaTestFiles.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRunnerTest {

  private static final TestEntry GOOD =
      entry(
          "good",
          "return { run = test.run_cases(function() describe('d', function()"
              + " it('works', function() test.ok(true) end) end) end) }");

  @Test
  void aStackOverflowFailsItsCaseAtItsLineAndTheFileGoesOn() {
    RunResult r =
        run(
            entry(
                "recursion",
                "local function deeper(n)\n"
                    + "  return 1 + deeper(n + 1)\n"
                    + "end\n"
                    + "return { run = test.run_cases(function() describe('d', function()\n"
                    + "  it('recurses', function() deeper(1) end)\n"
                    + "  it('after', function() test.ok(true) end)\n"
                    + "end) end) }\n"));
    assertThat(summary(r)).containsExactly("ERROR d > recurses", "PASSED d > after");
    Failure f = r.files().get(0).cases().get(0).failure();
    assertThat(f.message()).isEqualTo("stack overflow");
    assertThat(f.location()).isEqualTo("src/recursion.lua:2");
  }

  @Test
  void anErrorObjectWhoseTostringRaisesFailsOnlyItsCase() {
    RunResult r =
        run(
            entry(
                "tostring",
                "return { run = test.run_cases(function() describe('d', function()\n"
                    + "  it('raises', function()\n"
                    + "    error(setmetatable({}, {__tostring = function() error('no text') end}))\n"
                    + "  end)\n"
                    + "  it('after', function() test.ok(true) end)\n"
                    + "end) end) }\n"));
    assertThat(summary(r)).containsExactly("ERROR d > raises", "PASSED d > after");
    assertThat(r.files().get(0).cases().get(0).failure().message())
        .contains("table whose __tostring raised:")
        .contains("no text");
  }

  /**
   * The files that spin have their own {@code meta.timeout}; the deadline is counted in
   * instructions ({@link LuaTestFiles#runCounting}), so they time out where they spin however
   * loaded the machine is, and the message names their timeout.
   */
  @Test
  void badFilesAreErrorsOfTheirFileWhileOtherFilesStillRun() {
    Duration short_ = Duration.ofMillis(300);
    RunResult r =
        runCounting(
            TestOptions.defaults(),
            entry("syntax", "local x = = 1\n"),
            entry("toplevel", "local t = {}\nlocal y = t.a.b\n"),
            entry(
                "describe_body",
                "return { run = test.run_cases(function()\n"
                    + "  describe('d', function() error('in describe') end)\nend) }\n"),
            entry("spins", "while true do end\n", short_),
            entry(
                "hangs",
                "return { run = test.run_cases(function() describe('d', function()\n"
                    + "  it('forever', function()\n    while true do end\n  end)\n"
                    + "  it('after', function() end)\nend) end) }\n",
                short_),
            entry("nothing", "local x = 1\n"),
            GOOD);
    assertThat(summary(r).get(0)).startsWith("FILE syntax: syntax error: unexpected symbol");
    assertThat(summary(r).subList(1, 7))
        .containsExactly(
            "FILE toplevel: error outside any test: attempt to index ? (a nil value)",
            "FILE describe_body: error outside any test: in describe",
            "FILE spins: test timed out after 300ms",
            "ERROR d > forever",
            "FILE nothing: the test's chunk returns no function (method 'run'), so the"
                + " platform's runner cannot call it and none of its tests run",
            "PASSED d > works");
    FileResult syntax = r.files().get(0);
    assertThat(syntax.error().location()).isEqualTo("src/syntax.lua:1:11");
    CaseResult hung = r.files().get(4).cases().get(0);
    assertThat(hung.failure().kind()).isEqualTo(Failure.Kind.TIMEOUT);
    assertThat(hung.failure().location()).isEqualTo("src/hangs.lua:3");
    assertThat(r.files().get(4).error()).isNull();
    assertThat(r.files().get(2).error().location()).isEqualTo("src/describe_body.lua:2");
  }

  /**
   * The platform runner's verdict on a simple test (framework {@code runner.lua}): an error, a
   * returned {@code false}, or {@code nil, err} fails it; any other return passes.
   */
  @Test
  void simpleTestsAreJudgedAsThePlatformJudgesThem() {
    RunResult r =
        run(
            entry("returns_true", "return function() return true end"),
            entry("returns_nothing", "return function() end"),
            entry("returns_table", "return function() return {ok = false} end"),
            entry("returns_false", "return function() return false end"),
            entry("returns_nil_err", "return function() return nil, 'no connection' end"),
            entry("raises", "return function() error('bad thing') end"),
            entry(
                "no_cases",
                "return { run = test.run_cases(function() describe('d', function() end) end) }"));
    assertThat(summary(r))
        .containsExactly(
            "PASSED returns_true",
            "PASSED returns_nothing",
            "PASSED returns_table",
            "FAILED returns_false",
            "ERROR returns_nil_err",
            "ERROR raises",
            "PASSED no_cases");
    assertThat(r.files().get(4).cases().get(0).failure().message())
        .isEqualTo("test returned an error: no connection");
  }

  /** The runner passes each entry {pid, topic = "test:update", ref_id = entry ID}. */
  @Test
  void theEntryGetsTheRunnersOptions() {
    TestEntry e =
        entry(
            "options",
            "return function(o) return o.topic == 'test:update' and o.ref_id == 'app.test:options'"
                + " and o.pid ~= nil end");
    assertThat(summary(run(e))).containsExactly("PASSED options");
  }

  @Test
  void failFastStopsStartingTests() {
    TestEntry failing =
        entry(
            "failing",
            "return { run = test.run_cases(function() describe('d', function()\n"
                + "  it('a', function() test.fail('x') end)\n"
                + "  it('b', function() end)\nend) end) }\n");
    RunResult r = run(TestOptions.defaults().withFailFast(true), failing, GOOD);
    assertThat(summary(r)).containsExactly("FAILED d > a");
  }

  @Test
  void parallelFilesReportInDiscoveryOrder() {
    List<TestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      entries.add(
          entry(
              "f" + i,
              "return { run = test.run_cases(function() describe('d', function() it('t"
                  + i
                  + "', function()"
                  + " local n = 0; for k = 1, "
                  + (8 - i) * 20000
                  + " do n = n + k end"
                  + " end) end) end) }"));
    }
    List<String> seen = new ArrayList<>();
    TestListener listener =
        new TestListener() {
          @Override
          public void caseFinished(CaseResult result) {
            seen.add(result.name());
          }
        };
    RunResult r =
        new TestRunner(new PlainLuaStates(), TestOptions.defaults().withParallel(3))
            .run(entries, listener);
    assertThat(r.passed()).isEqualTo(8);
    assertThat(seen).containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7");
  }

  @Test
  void patternsSelectFilesByIdOrSuiteAndCasesByName() {
    TestEntry two =
        entry(
            "two",
            "return { run = test.run_cases(function() describe('orders', function()\n"
                + "  it('ships', function() end)\n  it('bills', function() end)\nend) end) }");
    assertThat(
            summary(run(TestOptions.defaults().withPatterns(List.of("app.test:good")), GOOD, two)))
        .containsExactly("PASSED d > works");
    assertThat(summary(run(TestOptions.defaults().withPatterns(List.of("ships")), GOOD, two)))
        .containsExactly("PASSED orders > ships");
    assertThat(summary(run(TestOptions.defaults().withPatterns(List.of("orders > b*")), GOOD, two)))
        .containsExactly("PASSED orders > bills");
  }

  @Test
  void theGlobalAndImportAliasAreTheSameModule() {
    TestEntry aliased =
        new TestEntry(
            "app.test:alias",
            "app.test",
            "alias",
            0,
            "src/alias.lua",
            "return function() assert(t == test and require('test') == test); return true end",
            "",
            List.of(),
            java.util.Map.of("t", TestEntry.TEST_MODULE_ID));
    assertThat(summary(run(aliased))).containsExactly("PASSED alias");
  }

  /**
   * Blocks defined but never run (no run_cases, no test.run): wippy/test only collects them, so the
   * platform's runner sees no case and judges the entry as a simple test; wflow warns.
   */
  @Test
  void casesTheEntryNeverRunsAreNotRunAndWarnedAbout() {
    RunResult r =
        run(
            entry(
                "collects",
                "local function run()\n"
                    + "  test.describe('d', function()\n"
                    + "    test.it('fails', function() test.fail('x') end)\n"
                    + "  end)\n"
                    + "end\n"
                    + "return { run = run }\n"),
            entry(
                "at_load",
                "test.describe('d', function() test.it('fails', function() test.fail('x') end) end)\n"
                    + "return { run = function() return true end }\n"));
    assertThat(summary(r)).containsExactly("PASSED collects", "PASSED at_load");
    assertThat(LuaTestFiles.warnings(r))
        .containsExactly(
            "src/collects.lua:2: describe 'd' and the file's other blocks define 1 test(s) that"
                + " never run: the entry does not call test.run_cases or test.run, so wippy/test only"
                + " collects them and the platform's runner judges the entry as a simple test; wrap"
                + " the definitions in test.run_cases",
            "src/at_load.lua:1: describe 'd' and the file's other blocks define 1 test(s) that"
                + " never run: the entry does not call test.run_cases or test.run, so wippy/test only"
                + " collects them and the platform's runner judges the entry as a simple test; wrap"
                + " the definitions in test.run_cases");
  }
}
