package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

  private static final String MIXED = "src/test/resources/projects/mixed";

  @Test
  void mixedSuiteInText() {
    CliRunner.Result r = CliRunner.run("-C", MIXED, "test");
    assertThat(r.exitCode()).isEqualTo(1);
    String out = r.out();
    assertThat(out)
        .contains("PASS   app.test:math  math > adds")
        .contains("FAIL   app.test:math  math > compares tables")
        .contains("SKIP   app.test:math  math > divides by zero")
        .contains("ERROR  app.test:math  math > calls nil")
        .contains("PASS   app.test:math  math > mocks a module field for one test")
        .contains("PASS   app.test:math  math > sees the module restored")
        .contains("PASS   app.test:simple  simple")
        .contains("ERROR  app.test:broken_syntax  (test file)  syntax error:")
        .contains("ERROR  app.test:broken_toplevel  (test file)  error outside any test:")
        .contains("ERROR  app.test:hangs  hangs > spins forever")
        .doesNotContain("never runs")
        .contains("src/tests/math_test.lua:7: order: expected")
        .contains(
            "src/tests/bad_mock_test.lua:4: mock: unknown activity 'app.test:nope' (no"
                + " function.lua entry with meta.temporal.activity has that ID)")
        .contains("-   status = \"open\"")
        .contains("+   status = \"paid\"")
        .contains("src/tests/hangs_test.lua:6: test timed out after 2s");
    assertThat(out.lines().reduce((a, b) -> b).orElseThrow())
        .matches("4 passed, 6 failed, 1 skipped in \\d+\\.\\d\\ds");
  }

  @Test
  void jsonAndJunitDescribeTheSameRun(@TempDir Path tmp) throws Exception {
    Path junit = tmp.resolve("reports/wflow.xml");
    CliRunner.Result r =
        CliRunner.run("-C", MIXED, "test", "--format", "json", "--junit", junit.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines()).allMatch(l -> l.startsWith("{\"event\":"));
    assertThat(r.out())
        .contains("\"fullName\":\"math > adds\",\"status\":\"passed\"")
        .contains("\"status\":\"skipped\"")
        .contains("\"event\":\"file_error\",\"entry\":\"app.test:broken_syntax\"")
        .contains("{\"event\":\"summary\",\"passed\":4,\"failed\":6,\"skipped\":1");
    String xml = Files.readString(junit);
    assertThat(xml)
        .contains(
            "<testsuites name=\"wflow\" tests=\"11\" failures=\"1\" errors=\"5\" skipped=\"1\"")
        .contains("<testcase classname=\"app.test:math\" name=\"math &gt; adds\"")
        .contains("<failure message=\"order: expected")
        .contains("<skipped/>");
  }

  @Test
  void patternsAndFailFast() {
    CliRunner.Result adds = CliRunner.run("-C", MIXED, "test", "adds");
    assertThat(adds.exitCode()).isZero();
    // As pytest: the tests the pattern left out are counted, and the run's time ends the line.
    assertThat(adds.out().lines().reduce((a, b) -> b).orElseThrow())
        .matches("1 passed, 0 failed, 0 skipped, 9 deselected in \\d+\\.\\d\\ds");
    CliRunner.Result fast = CliRunner.run("-C", MIXED, "test", "--fail-fast", "math");
    assertThat(fast.exitCode()).isEqualTo(1);
    assertThat(fast.out()).contains("compares tables").doesNotContain("calls nil");
  }

  @Test
  void listShowsWhatWouldRunAndRunsNothing(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(
        tmp.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: cases_test
            kind: function.lua
            source: file://cases_test.lua
            method: run
            meta: {type: test}
          - name: simple_test
            kind: function.lua
            source: file://simple_test.lua
            method: main
            meta: {type: test}
        """);
    // Every hook and body raises: listing must call none of them.
    Files.writeString(
        tmp.resolve("src/cases_test.lua"),
        """
        return { run = test.run_cases(function()
          describe("orders", function()
            before_all(function() error("before_all ran") end)
            it("ships", function() error("a body ran") end)
            it_skip("refunds", function() error("a skipped body ran") end)
            describe("cancel", function()
              it("before shipping", function() error("a nested body ran") end)
            end)
          end)
        end) }
        """);
    Files.writeString(
        tmp.resolve("src/simple_test.lua"),
        "return { main = function() error('the simple test ran') end }\n");

    CliRunner.Result all = CliRunner.run("-C", tmp.toString(), "test", "--list");
    assertThat(all.exitCode()).as(all.out() + all.err()).isZero();
    assertThat(all.out())
        .isEqualTo(
            """
            app:cases_test  orders > ships
            app:cases_test  orders > refunds  (skip)
            app:cases_test  orders > cancel > before shipping
            app:simple_test  simple_test
            4 tests in 2 files
            """);

    CliRunner.Result some = CliRunner.run("-C", tmp.toString(), "test", "--list", "cancel");
    assertThat(some.exitCode()).isZero();
    assertThat(some.out())
        .isEqualTo(
            """
            app:cases_test  orders > cancel > before shipping
            1 test in 1 file, 3 deselected
            """);

    CliRunner.Result json =
        CliRunner.run("-C", tmp.toString(), "test", "--list", "--format", "json", "ships");
    assertThat(json.out().lines().toList())
        .containsExactly(
            "{\"event\":\"test\",\"entry\":\"app:cases_test\",\"file\":\"src/cases_test.lua\","
                + "\"suite\":[\"orders\"],\"name\":\"ships\",\"fullName\":\"orders > ships\","
                + "\"skip\":false}",
            "{\"event\":\"listed\",\"tests\":1,\"files\":1,\"deselected\":3,\"fileErrors\":0,"
                + "\"loadErrors\":0}");

    CliRunner.Result none = CliRunner.run("-C", tmp.toString(), "test", "--list", "nothing-like");
    assertThat(none.exitCode()).isEqualTo(2);
  }

  @Test
  void printsAreCapturedPerTestAndShownWithItsFailure(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(
        tmp.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - {name: client, kind: temporal.client, address: "localhost:7233"}
          - {name: worker, kind: temporal.worker, client: client, task_queue: q}
          - name: greet
            kind: workflow.lua
            source: file://greet.lua
            method: main
            meta: {temporal: {workflow: {worker: worker}}}
          - name: greet_test
            kind: function.lua
            source: file://greet_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
        """);
    Files.writeString(
        tmp.resolve("src/greet.lua"),
        "local function main(name)\n  print('workflow greets ' .. name)\n  return 'hi ' .. name\n"
            + "end\nreturn {main = main}\n");
    Files.writeString(
        tmp.resolve("src/greet_test.lua"),
        """
        return { run = test.run_cases(function()
          describe("greet", function()
            it("passes quietly", function() print("from the passing test") test.ok(true) end)
            it("fails loudly", function()
              print("about to start")
              local v = test.workflow("app:greet"):start("ann"):result()
              test.eq(v, "hello ann")
            end)
          end)
        end) }
        """);
    CliRunner.Result text = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(1);
    assertThat(text.out())
        .contains("   printed:\n     about to start\n     workflow greets ann\n")
        .doesNotContain("from the passing test");
    assertThat(text.err()).doesNotContain("about to start");
    CliRunner.Result json = CliRunner.run("-C", tmp.toString(), "test", "--format", "json");
    assertThat(json.out()).contains("\"output\":[\"about to start\",\"workflow greets ann\"]");
    CliRunner.Result streamed = CliRunner.run("-C", tmp.toString(), "test", "--print");
    assertThat(streamed.err()).contains("from the passing test").contains("about to start");
  }

  @Test
  void hugeMessagesAndSourceLinesAreCut(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(
        tmp.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: big_test
            kind: function.lua
            source: file://big_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
          - name: minified
            kind: library.lua
            source: file://minified.lua
        """);
    Files.writeString(
        tmp.resolve("src/big_test.lua"),
        "return { run = test.run_cases(function() describe('d', function()\n"
            + "  it('shouts', function() error(string.rep('x', 200000)) end)\n"
            + "end) end) }\n");
    Files.writeString(
        tmp.resolve("src/minified.lua"), "local a = 1 " + "a = a + 1 ".repeat(20000) + "= oops\n");
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("more characters)");
    assertThat(r.out().lines()).allMatch(l -> l.length() < 1000);
    assertThat(r.err()).contains("src/minified.lua:1:");
    assertThat(r.err().lines()).allMatch(l -> l.length() < 1000);
  }

  @Test
  void theProjectIsFoundFromASubfolder() {
    CliRunner.Result r = CliRunner.run("-C", MIXED + "/src/tests", "test", "adds");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .endsWith("1 passed, 0 failed, 0 skipped, 9 deselected\n");
  }

  @Test
  void aMistypedDirectoryIsAUsageErrorAndNoFolderOutsideAProjectIsScanned(@TempDir Path tmp)
      throws Exception {
    CliRunner.Result typo = CliRunner.run("-C", MIXED, "test", "./srcc/tests");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("./srcc/tests: no such directory");
    assertThat(typo.out()).isEmpty();
    // A folder that is in no project: refused before anything under it is read.
    Files.createDirectories(tmp.resolve("deep/down"));
    Files.writeString(tmp.resolve("deep/down/_index.yaml"), "namespace: app\nentries: []\n");
    CliRunner.Result outside = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(outside.exitCode()).isEqualTo(3);
    assertThat(outside.err()).contains("is not in a wflow project");
  }

  @Test
  void usageErrors() {
    assertThat(CliRunner.run("-C", MIXED, "test", "--timeout", "soon").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("-C", MIXED, "test", "--parallel", "0").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("-C", MIXED, "test", "--format", "xml").exitCode()).isEqualTo(2);
    CliRunner.Result negative = CliRunner.run("-C", MIXED, "test", "--timeout", "-1s", "adds");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("--timeout: must not be negative, got -1s");
    CliRunner.Result help = CliRunner.run("test", "--help");
    assertThat(help.out()).contains("Examples:").contains("--[no-]skip-time");
  }

  @Test
  void missingProjectIsExitThree(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("src"));
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no definition files found");
  }

  @Test
  void aPatternThatMatchesNothingIsAUsageError() {
    CliRunner.Result r = CliRunner.run("-C", MIXED, "test", "no-such-test");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("wflow: no test matches 'no-such-test'");
  }

  @Test
  void timeoutZeroMeansNoLimit() {
    CliRunner.Result r = CliRunner.run("-C", MIXED, "test", "--timeout", "0", "adds");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .endsWith("1 passed, 0 failed, 0 skipped, 9 deselected\n");
  }

  @Test
  void anUnwritableJunitReportFailsBeforeAnyTestRuns(@TempDir Path tmp) throws Exception {
    Path inTheWay = Files.writeString(tmp.resolve("reports"), "a file, not a directory");
    CliRunner.Result r =
        CliRunner.run("-C", MIXED, "test", "--junit", inTheWay.resolve("wflow.xml").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--junit").contains("cannot write to");
    CliRunner.Result histories =
        CliRunner.run("-C", MIXED, "test", "--history-dir", inTheWay.resolve("h").toString());
    assertThat(histories.exitCode()).isEqualTo(2);
    assertThat(histories.out()).isEmpty();
    assertThat(histories.err()).startsWith("wflow: --history-dir ").hasLineCount(1);
  }
}
