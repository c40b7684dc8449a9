package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project that loads only in part never gives a green run, and says what did not load. */
class LoadErrorsTest {

  @TempDir Path tmp;

  private static final String TESTS =
      """
      namespace: app
      entries:
        - name: worker
          kind: temporal.worker
          task_queue: q
        - name: good
          kind: workflow.lua
          source: file://good.lua
          method: main
          meta: {temporal: {workflow: {worker: app:worker}}}
        - name: good_test
          kind: function.lua
          source: file://good_test.lua
          method: run
          imports: {test: wippy.test:test}
          meta: {type: test}
      """;

  private void goodProject() throws IOException {
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(tmp.resolve("src/_index.yaml"), TESTS);
    Files.writeString(
        tmp.resolve("src/good.lua"),
        "local function main(x) return x + 1 end\nreturn {main = main}\n");
    Files.writeString(tmp.resolve("src/good_test.lua"), testOf("good", "good"));
  }

  private static String testOf(String name, String workflow) {
    return "return {run = test.run_cases(function() test.describe(\"t\", function()\n"
        + "  test.it(\""
        + name
        + "\", function() test.eq(test.workflow(\"app:"
        + workflow
        + "\"):start(1):result(), 2) end)\n"
        + "end) end)}\n";
  }

  @Test
  void anInvalidDefinitionFileFailsTheRunWhileTheOthersTestsRun() throws IOException {
    goodProject();
    Files.createDirectories(tmp.resolve("src/more"));
    Files.writeString(tmp.resolve("src/more/_index.yaml"), "namespace: more\nentries: [\n");
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(CliRunner.timeless(r.out()))
        .contains("PASS   app:good_test  t > good")
        .contains("Not loaded (tests they define did not run")
        .contains("src/more/_index.yaml:")
        .endsWith("1 passed, 0 failed, 0 skipped, 1 load error\n");
  }

  @Test
  void aDuplicateTestEntryFailsTheRun() throws IOException {
    goodProject();
    Files.createDirectories(tmp.resolve("src/copy"));
    Files.writeString(
        tmp.resolve("src/copy/_index.yaml"),
        """
        namespace: app
        entries:
          - name: good_test
            kind: function.lua
            source: file://other_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
        """);
    Files.writeString(tmp.resolve("src/copy/other_test.lua"), testOf("other", "good"));
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("duplicate entry ID app:good_test").contains("1 load error");
  }

  @Test
  void aSyntaxErrorFailsOnlyTheTestsThatRunTheBrokenEntry() throws IOException {
    goodProject();
    Files.writeString(
        tmp.resolve("src/_index.yaml"),
        TESTS
            + """
              - name: bad
                kind: workflow.lua
                source: file://bad.lua
                method: main
                meta: {temporal: {workflow: {worker: app:worker}}}
              - name: bad_test
                kind: function.lua
                source: file://bad_test.lua
                method: run
                imports: {test: wippy.test:test}
                meta: {type: test}
            """);
    Files.writeString(tmp.resolve("src/bad.lua"), "local function main(x)\n  return = 1\nend\n");
    Files.writeString(tmp.resolve("src/bad_test.lua"), testOf("bad", "bad"));
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("{\"event\":\"load_error\",\"file\":\"src/bad.lua\",\"line\":2,\"column\":10");
    assertThat(r.out())
        .contains("\"fullName\":\"t > good\",\"status\":\"passed\"")
        .contains("\"fullName\":\"t > bad\",\"status\":\"error\"")
        .contains("src/bad.lua:2:10")
        .contains("\"loadErrors\":1");
    assertThat(r.err())
        .contains("src/bad.lua:2:10: error[P0001]")
        .contains("    return = 1\n           ^");
  }

  @Test
  void aProjectWhoseOnlyFileIsBrokenIsNotLoadableAndSaysSoInJson() throws IOException {
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(tmp.resolve("src/_index.yaml"), "namespace: app\nentries: [\n");
    Path junit = tmp.resolve("out/wflow.xml");
    CliRunner.Result r =
        CliRunner.run(
            "-C", tmp.toString(), "test", "--format", "json", "--junit", junit.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out())
        .startsWith("{\"event\":\"load_error\",\"file\":\"src/_index.yaml\"")
        .contains("\"event\":\"summary\"");
    assertThat(Files.readString(junit))
        .contains("errors=\"1\"")
        .contains("<testsuite name=\"(project load)\"");
  }

  @Test
  void junitThroughASymlinkKeepsTheLink() throws IOException {
    goodProject();
    Files.createDirectories(tmp.resolve("reports"));
    Path link = Files.createSymbolicLink(tmp.resolve("latest.xml"), Path.of("reports/run.xml"));
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "test", "--junit", link.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(tmp.resolve("reports/run.xml"))).contains("<testsuites");
  }
}
