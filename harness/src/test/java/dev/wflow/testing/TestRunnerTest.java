package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.run;
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
          "return { run = test.run_cases(function() it('works', function() test.ok(true) end)"
              + " end) }");

  @Test
  void badFilesAreErrorsOfTheirFileWhileOtherFilesStillRun() {
    TestOptions options = TestOptions.defaults().withTimeout(Duration.ofMillis(300));
    RunResult r =
        run(
            options,
            entry("syntax", "local x = = 1\n"),
            entry("toplevel", "local t = {}\nlocal y = t.a.b\n"),
            entry(
                "describe_body",
                "return { run = test.run_cases(function()\n"
                    + "  describe('d', function() error('in describe') end)\nend) }\n"),
            entry("spins", "while true do end\n"),
            entry(
                "hangs",
                "return { run = test.run_cases(function()\n"
                    + "  it('forever', function()\n    while true do end\n  end)\n"
                    + "  it('after', function() end)\nend) }\n"),
            entry("nothing", "local x = 1\n"),
            GOOD);
    assertThat(summary(r).get(0)).startsWith("FILE syntax: syntax error: unexpected symbol");
    assertThat(summary(r).subList(1, 8))
        .containsExactly(
            "FILE toplevel: error outside any test: attempt to index ? (a nil value)",
            "FILE describe_body: error outside any test: in describe",
            "FILE spins: test timed out after 300ms",
            "ERROR forever",
            "PASSED after",
            "FILE nothing: the test defines no tests and its chunk returns no function"
                + " (method 'run')",
            "PASSED works");
    FileResult syntax = r.files().get(0);
    assertThat(syntax.error().location()).isEqualTo("src/syntax.lua:1:11");
    CaseResult hung = r.files().get(4).cases().get(0);
    assertThat(hung.failure().kind()).isEqualTo(Failure.Kind.TIMEOUT);
    assertThat(hung.failure().location()).isEqualTo("src/hangs.lua:3");
    assertThat(r.files().get(2).error().location()).isEqualTo("src/describe_body.lua:2");
  }

  @Test
  void failFastStopsStartingTests() {
    TestEntry failing =
        entry(
            "failing",
            "return { run = test.run_cases(function()\n"
                + "  it('a', function() test.fail('x') end)\n"
                + "  it('b', function() end)\nend) }\n");
    RunResult r = run(TestOptions.defaults().withFailFast(true), failing, GOOD);
    assertThat(summary(r)).containsExactly("FAILED a");
  }

  @Test
  void parallelFilesReportInDiscoveryOrder() {
    List<TestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      entries.add(
          entry(
              "f" + i,
              "return { run = test.run_cases(function() it('t"
                  + i
                  + "', function()"
                  + " local n = 0; for k = 1, "
                  + (8 - i) * 20000
                  + " do n = n + k end"
                  + " end) end) }"));
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
        .containsExactly("PASSED works");
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
}
