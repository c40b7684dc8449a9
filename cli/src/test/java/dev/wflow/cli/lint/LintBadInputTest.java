package dev.wflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input found by using {@code wflow lint} as a newcomer would: each gives a positioned finding
 * or a one-line usage error and an exit code, never a stack trace.
 */
class LintBadInputTest {

  @TempDir Path dir;

  private void write(String relative, String text) throws IOException {
    new TempProject(dir).write(relative, text);
  }

  private CliRunner.Result lint(String... args) {
    return new TempProject(dir).lint(args);
  }

  @Test
  void recursiveAliasIsAFindingNotAStackOverflow() throws IOException {
    write(
        "src/_index.yaml",
        "namespace: app\nentries:\n  - name: c\n    kind: temporal.client\n"
            + "    address: a:1\n    meta: &m\n      self: *m\n");
    CliRunner.Result result = lint();
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .startsWith(
            "src/_index.yaml:6:11: error[E101] recursive alias: the value anchored here contains"
                + " an alias to itself\n");
  }

  @Test
  void fileThatNothingChecksIsAUsageError() throws IOException {
    write(
        "src/_index.yaml",
        "namespace: app\nentries:\n  - {name: c, kind: temporal.client, address: \"a:1\"}\n");
    write("README.md", "# hi\n");
    write("src/orphan.lua", "return 1\n");
    write("wippy.lock", "directories:\n  src: ./src\n");
    CliRunner.Result readme = lint("README.md");
    assertThat(readme.exitCode()).isEqualTo(2);
    assertThat(readme.out()).isEmpty();
    assertThat(readme.err())
        .startsWith(
            "wflow: README.md is not a definition file (YAML with namespace and entries:) nor the"
                + " source of any entry that loaded (linting the whole project shows why one did"
                + " not)\n");
    assertThat(lint("src/orphan.lua").exitCode()).isEqualTo(2);
    assertThat(lint("src/_index.yaml").exitCode()).isZero();
    assertThat(lint("wippy.lock").exitCode()).isZero();
  }

  @Test
  void unknownCodeListsEveryKnownRange() throws IOException {
    write("src/_index.yaml", "namespace: app\nentries: []\n");
    CliRunner.Result result = lint("--code", "X9");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "unknown lint code 'X9' (known: A301-A307, D101-D109, E101-E110, P0001, W201-W207)");
  }

  @Test
  void sourceLineOfAFileWithAByteOrderMarkIsShownWithoutIt() throws IOException {
    write(
        "src/_index.yaml",
        "\uFEFFnamespace: app\nentries:\n  - {name: l, kind: library.lua, source: file://l.lua}\n");
    write("src/l.lua", "\uFEFFlocal x = = 1\nreturn x\n");
    CliRunner.Result result = lint();
    assertThat(result.out())
        .startsWith(
            "src/l.lua:1:11: error[P0001] unexpected symbol near '='\nlocal x = = 1\n          ^\n");
  }

  @Test
  void noPathInsideASubdirectoryLintsThatPartOfTheEnclosingProject() throws IOException {
    write("wippy.lock", "directories:\n  src: ./src\n");
    write(".wflow.yaml", "rules:\n  D101: warning\n");
    write(
        "src/_index.yaml",
        "namespace: app\nentries:\n  - {name: c, kind: temporal.client, address: \"a:1\"}\n"
            + "  - {name: w, kind: temporal.worker, client: c, task_queue: q}\n");
    write(
        "src/flows/_index.yaml",
        "namespace: app.flows\nentries:\n  - name: wf\n    kind: workflow.lua\n"
            + "    source: file://wf.lua\n    meta: {temporal: {workflow: {worker: app:w}}}\n");
    write("src/flows/wf.lua", "return {main = function() return os.time() end}\n");
    CliRunner.Result result =
        CliRunner.run("-C", dir.resolve("src/flows").toString(), "lint", "--summary");
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo("Checked 1 entry in 2 files: 0 errors, 1 warning, 0 hints\n");
  }
}
