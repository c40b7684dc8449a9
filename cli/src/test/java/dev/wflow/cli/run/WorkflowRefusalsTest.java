package dev.wflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code test} and {@code replay} refuse only what the asked-for workflow reaches: an
 * error in an entry nobody asked for is a warning (exit 1 after the run), one in what the workflow
 * imports, or a module the platform does not allow in it (E107), refuses it (exit 3).
 */
class WorkflowRefusalsTest {

  @TempDir Path dir;

  /**
   * {@code app:good} (sound), {@code app:uses_db} (imports a library listing {@code sql}), {@code
   * app:uses_broken} (imports a library with a syntax error), an entry without a kind, a test per
   * workflow.
   */
  private void project() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: worker
            kind: temporal.worker
            task_queue: q
          - name: good
            kind: workflow.lua
            source: file://good.lua
            meta: {temporal: {workflow: {worker: app:worker}}}
          - name: db
            kind: library.lua
            source: file://db.lua
            modules: [sql]
          - name: uses_db
            kind: workflow.lua
            source: file://good.lua
            imports: {db: app:db}
            meta: {temporal: {workflow: {worker: app:worker}}}
          - name: broken_lib
            kind: library.lua
            source: file://broken.lua
          - name: uses_broken
            kind: workflow.lua
            source: file://good.lua
            imports: {lib: app:broken_lib}
            meta: {temporal: {workflow: {worker: app:worker}}}
          - name: good_test
            kind: function.lua
            source: file://good_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
          - name: db_test
            kind: function.lua
            source: file://db_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
        """);
    Files.writeString(dir.resolve("src/other.yaml"), "namespace: other\nentries:\n  - name: x\n");
    Files.writeString(
        dir.resolve("src/good.lua"),
        "local function main(x) return x + 1 end\nreturn {main = main}\n");
    Files.writeString(dir.resolve("src/db.lua"), "return {}\n");
    Files.writeString(dir.resolve("src/broken.lua"), "return {\n");
    Files.writeString(dir.resolve("src/good_test.lua"), testOf("good"));
    Files.writeString(dir.resolve("src/db_test.lua"), testOf("uses_db"));
  }

  private static String testOf(String workflow) {
    return "return {run = test.run_cases(function() test.describe(\"t\", function()\n"
        + "  test.it(\""
        + workflow
        + "\", function() test.eq(test.workflow(\"app:"
        + workflow
        + "\"):start(1):result(), 2) end)\n"
        + "end) end)}\n";
  }

  @Test
  void runRunsASoundWorkflowDespiteAnErrorElsewhereAndExitsOne() throws Exception {
    project();
    var r = CliRunner.run("-C", dir.toString(), "run", "app:good", "--input", "1");
    assertThat(r.out()).as(r.err()).contains("2");
    assertThat(r.err())
        .contains("wflow: warning: 1 error in entries app:good does not reach")
        .contains("src/other.yaml:3:5");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void runRefusesAWorkflowWhoseImportHasASyntaxError() throws Exception {
    project();
    var r = CliRunner.run("-C", dir.toString(), "run", "app:uses_broken", "--input", "1");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("src/broken.lua:2:1: error[P0001]")
        .contains("workflow app:uses_broken cannot load")
        .doesNotContain("src/other.yaml")
        .doesNotContain("E107");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void runRefusesAWorkflowThePlatformRefusesWithLintsMessage() throws Exception {
    project();
    var run = CliRunner.run("-C", dir.toString(), "run", "app:uses_db", "--input", "1");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    String e107 = headline(run.err(), "E107");
    assertThat(e107)
        .contains(
            "the platform refuses workflow app:uses_db: module does not have any allowed class")
        .contains("reached through app:uses_db → app:db");
    var lint = CliRunner.run("-C", dir.toString(), "lint", "--code", "E107");
    assertThat(lint.out()).contains(e107);
  }

  @Test
  void testFailsOnlyTheTestsOfARefusedWorkflow() throws Exception {
    project();
    var r = CliRunner.run("-C", dir.toString(), "test");
    assertThat(r.out())
        .as(r.err())
        .contains("PASS   app:good_test  t > good")
        .contains("ERROR  app:db_test  t > uses_db")
        .contains("workflow app:uses_db cannot load")
        .contains("module does not have any allowed class");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void replayRefusesAHistoryOfAWorkflowThatNoLongerLoads() throws Exception {
    project();
    Path history = dir.resolve("h.json");
    var recorded =
        CliRunner.run(
            "-C",
            dir.toString(),
            "run",
            "app:good",
            "--input",
            "1",
            "--history",
            history.toString());
    assertThat(recorded.out()).as(recorded.err()).contains("2");
    var elsewhere = CliRunner.run("-C", dir.toString(), "replay", history.toString());
    assertThat(elsewhere.out()).as(elsewhere.err()).contains("replays cleanly");
    assertThat(elsewhere.exitCode()).isEqualTo(1);

    Files.writeString(
        dir.resolve("src/_index.yaml"),
        Files.readString(dir.resolve("src/_index.yaml"))
            .replace(
                "source: file://good.lua\n    meta",
                "source: file://good.lua\n    modules: [sql]\n    meta"));
    var refused = CliRunner.run("-C", dir.toString(), "replay", history.toString());
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(3);
    assertThat(refused.err()).contains("E107").contains("cannot replay");
  }

  private static String headline(String text, String code) {
    return text.lines().filter(l -> l.contains("[" + code + "]")).findFirst().orElseThrow();
  }
}
