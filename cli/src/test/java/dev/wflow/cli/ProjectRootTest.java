package dev.wflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holding definition files is a project without src/ or wippy.lock; -v says why. */
class ProjectRootTest {

  @TempDir Path dir;

  private void flatProject() throws Exception {
    Files.writeString(
        dir.resolve("_index.yaml"),
        """
        namespace: app
        entries:
          - name: adds_test
            kind: function.lua
            source: file://adds_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
        """);
    Files.writeString(
        dir.resolve("adds_test.lua"),
        "return {run = test.run_cases(function() test.describe(\"t\", function()\n"
            + "  test.it(\"adds\", function() test.eq(1 + 1, 2) end)\n"
            + "end) end)}\n");
  }

  @Test
  void testTakesAFolderOfDefinitionFilesAsTheProjectAndSaysSoWithVerbose() throws Exception {
    flatProject();
    CliRunner.Result r = CliRunner.run("-v", "test", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(CliRunner.timeless(r.out())).endsWith("1 passed, 0 failed, 0 skipped\n");
    assertThat(r.err())
        .contains("wflow: project " + dir.toRealPath() + ": it holds definition files");
  }

  @Test
  void lintSaysWhichRootItChoseWithVerbose() throws Exception {
    flatProject();
    CliRunner.Result r = CliRunner.run("-v", "lint", dir.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains(": it holds definition files");
    Files.writeString(dir.resolve("wippy.lock"), "directories:\n  src: .\n");
    assertThat(CliRunner.run("-v", "lint", dir.toString()).err()).contains(": it has wippy.lock");
  }
}
