package dev.wflow.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.wflow.cli.CliRunner;
import dev.wflow.cli.ExitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code wflow new}: a message that names the fix, a non-zero exit code, and a tree
 * that is byte for byte what it was.
 */
class NewBadInputTest {

  private static final String CLIENT_AND_WORKER =
      """
      namespace: app
      entries:
        - name: temporal_client
          kind: temporal.client
          address: localhost:7233
        - name: worker
          kind: temporal.worker
          client: temporal_client
          task_queue: q
      """;

  @TempDir Path project;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("wippy.lock"), "directories:\n  src: ./src\n");
    Files.writeString(project.resolve("src/_index.yaml"), CLIENT_AND_WORKER);
  }

  private CliRunner.Result refused(int code, String... args) {
    Tree before = Tree.of(project);
    String[] all = new String[args.length + 3];
    all[0] = "-C";
    all[1] = project.toString();
    all[2] = "new";
    System.arraycopy(args, 0, all, 3, args.length);
    CliRunner.Result r = CliRunner.run(all);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("wflow: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Tree.of(project)).as("the tree is unchanged").isEqualTo(before);
    return r;
  }

  @Test
  void anInvalidNameSaysWhatToUse() {
    assertThat(refused(ExitException.USAGE, "order-workflow").err())
        .contains("'order-workflow' is not a Lua identifier")
        .contains("try 'order_workflow'");
    assertThat(refused(ExitException.USAGE, "until").err()).contains("reserved word");
    assertThat(refused(ExitException.USAGE).err()).contains("NAME is missing");
  }

  @Test
  void aTakenNameListsWhatIsInTheWay() throws Exception {
    Files.writeString(project.resolve("src/worker_test.lua"), "-- mine\n");
    assertThat(refused(ExitException.USAGE, "worker").err())
        .contains("entry app:worker exists (src/_index.yaml:6)")
        .contains("file src/worker_test.lua exists")
        .contains("Choose another name, or add --force");
  }

  @Test
  void anUnknownTemplateListsTheTemplates() {
    assertThat(refused(ExitException.USAGE, "x", "--template", "sagaa").err())
        .contains("unknown template 'sagaa'")
        .contains("basic, saga, approval, child, versioned, activity");
  }

  @Test
  void aDefinitionFileThatDoesNotParseIsNamedWithItsPosition() throws Exception {
    Files.writeString(
        project.resolve("src/_index.yaml"), CLIENT_AND_WORKER + "  - name: [broken\n");
    assertThat(refused(ExitException.PROJECT, "x").err())
        .containsPattern("wflow: src/_index.yaml:\\d+:\\d+: ")
        .contains("fix this definition file first");
  }

  @Test
  void aFlowListOfEntriesIsRefusedWithTheFix() throws Exception {
    Files.writeString(
        project.resolve("src/_index.yaml"),
        "namespace: app\nentries: [{name: c, kind: temporal.client, address: x},"
            + " {name: w, kind: temporal.worker, client: c, task_queue: q}]\n");
    assertThat(refused(ExitException.PROJECT, "x").err())
        .contains("cannot add entries to this file safely")
        .contains("block list");
  }

  @Test
  void twoWorkersAndNoWorkerOptionListTheWorkers() throws Exception {
    Files.writeString(
        project.resolve("src/_index.yaml"),
        CLIENT_AND_WORKER
            + "  - name: payments\n    kind: temporal.worker\n    client: temporal_client\n"
            + "    task_queue: pay\n");
    assertThat(refused(ExitException.USAGE, "x").err())
        .contains("2 temporal.worker entries; pick one with --worker: app:worker, app:payments");
    assertThat(refused(ExitException.USAGE, "x", "--worker", "nope").err())
        .contains("--worker nope is no temporal.worker entry");
    CliRunner.Result ok =
        CliRunner.run("-C", project.toString(), "new", "x", "--worker", "payments");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(project.resolve("src/_index.yaml")).content().contains("worker: app:payments");
  }

  @Test
  void aNamespaceOtherThanTheFilesNeedsItsOwnFolder() throws Exception {
    assertThat(refused(ExitException.USAGE, "x", "--namespace", "billing").err())
        .contains("src/_index.yaml is namespace app")
        .contains("--dir");
    CliRunner.Result ok =
        CliRunner.run(
            "-C", project.toString(), "new", "x", "--namespace", "billing", "--dir", "src/billing");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(project.resolve("src/billing/_index.yaml"))
        .content()
        .startsWith("version: \"1.0\"\nnamespace: billing\n\nentries:\n")
        .contains("worker: app:worker");
    CliRunner.Result lint = CliRunner.run("-C", project.toString(), "lint");
    assertThat(lint.out()).endsWith("0 errors, 0 warnings, 0 hints\n");
  }

  @Test
  void aReadOnlyFolderIsReportedAndNothingIsLeft() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
    Path src = project.resolve("src");
    Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThat(refused(ExitException.FINDINGS, "x").err())
          .contains("cannot write src/x.lua: permission denied")
          .contains("nothing was changed");
    } finally {
      Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aDirOutsideTheProjectIsRefused() {
    assertThat(refused(ExitException.USAGE, "x", "--dir", "../elsewhere").err())
        .contains("is outside the project");
  }
}
