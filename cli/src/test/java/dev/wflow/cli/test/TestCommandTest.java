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
        .isEqualTo("4 passed, 6 failed, 1 skipped");
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
    assertThat(adds.out()).endsWith("1 passed, 0 failed, 0 skipped\n");
    CliRunner.Result fast = CliRunner.run("-C", MIXED, "test", "--fail-fast", "math");
    assertThat(fast.exitCode()).isEqualTo(1);
    assertThat(fast.out()).contains("compares tables").doesNotContain("calls nil");
  }

  @Test
  void theProjectIsFoundFromASubfolder() {
    CliRunner.Result r = CliRunner.run("-C", MIXED + "/src/tests", "test", "adds");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).endsWith("1 passed, 0 failed, 0 skipped\n");
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
    assertThat(r.out()).endsWith("1 passed, 0 failed, 0 skipped\n");
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
