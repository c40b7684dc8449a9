package dev.wflow.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import dev.wflow.cli.ExitException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wflow init} + {@code wflow new} as a user runs them: what they generate lints with no
 * finding at all and its tests pass.
 */
class InitAndNewTest {

  private static final String[] TEMPLATES = {
    "basic", "saga", "approval", "child", "versioned", "activity"
  };

  @TempDir Path tmp;

  private CliRunner.Result wflow(Path project, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-C";
    all[1] = project.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRunner.run(all);
  }

  @Test
  void everyTemplateLintsWithNoFindingAndPassesItsTests() {
    Path project = tmp.resolve("shop");
    CliRunner.Result init = CliRunner.run("-C", tmp.toString(), "init", "shop");
    assertThat(init.exitCode()).as(init.err()).isZero();
    for (String t : TEMPLATES) {
      CliRunner.Result r = wflow(project, "new", "my_" + t, "--template", t);
      assertThat(r.exitCode()).as(t + ": " + r.err()).isZero();
    }
    CliRunner.Result lint = wflow(project, "lint");
    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
    assertThat(lint.out())
        .isEqualTo("Checked 28 entries in 22 files: 0 errors, 0 warnings, 0 hints\n");
    CliRunner.Result test = wflow(project, "test");
    assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
    assertThat(CliRunner.timeless(test.out()))
        .doesNotContain("FAIL")
        .endsWith("28 passed, 0 failed, 0 skipped\n");
    for (String t : TEMPLATES) {
      assertThat(test.out()).contains("PASS   app:my_" + t + "_test  my_" + t + " > ");
    }
    assertThat(test.out()).contains("PASS   app:hello_workflow_test  hello_workflow > ");
  }

  @Test
  void initPrintsTheFilesAndTheNextTwoCommands() throws Exception {
    CliRunner.Result r = CliRunner.run("-C", tmp.toString(), "init", "shop", "--namespace", "shop");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("created wippy.lock\n", "created .wflow.yaml\n", "created src/_index.yaml\n")
        .contains("created src/hello_workflow.lua\n", "created .gitignore\n")
        .contains("Next:\n")
        .containsPattern(
            "  wflow -C \\S*shop test\n  wflow -C \\S*shop new order_workflow --template saga\n");
    Path index = tmp.resolve("shop/src/_index.yaml");
    assertThat(Files.readString(index))
        .startsWith("version: \"1.0\"\nnamespace: shop\n\nentries:\n")
        .contains(
            "kind: temporal.client",
            "kind: temporal.worker",
            "task_queue: shop",
            "worker: shop:worker");
    assertThat(tmp.resolve("shop/.gitignore")).content().contains("/.wflow/");
  }

  @Test
  void initKeepsAnExistingGitignoreAndAddsItsLine() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve(".gitignore"), "target/");
    assertThat(wflow(dir, "init").exitCode()).isZero();
    assertThat(dir.resolve(".gitignore"))
        .content()
        .startsWith("target/\n# wflow")
        .endsWith("/.wflow/\n");
  }

  @Test
  void initRefusesADirectoryThatHoldsAProject() {
    Path orders = Path.of("../examples/orders").toAbsolutePath().normalize();
    Tree before = Tree.of(orders);
    CliRunner.Result r = wflow(orders, "init");
    assertThat(r.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(r.err()).contains("already holds a project (wippy.lock)").contains("wflow new NAME");
    assertThat(r.out()).isEmpty();
    assertThat(Tree.of(orders)).isEqualTo(before);
  }

  @Test
  void newPrintsWhatItMadeAndTheCommandToRunTheTest() {
    Path project = tmp.resolve("p");
    CliRunner.run("init", project.toString());
    CliRunner.Result r = wflow(project, "new", "order_workflow");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "created src/order_workflow.lua\ncreated src/order_workflow_step.lua\n"
                + "created src/order_workflow_test.lua\nupdated src/_index.yaml\n"
                + "entries: app:order_workflow, app:order_workflow_step, app:order_workflow_test\n")
        .containsPattern("Next:\n  wflow -C \\S+ test app:order_workflow_test\n");
    CliRunner.Result test = wflow(project, "test", "app:order_workflow_test");
    assertThat(test.exitCode()).as(test.out()).isZero();
    assertThat(CliRunner.timeless(test.out()))
        .endsWith("4 passed, 0 failed, 0 skipped, 4 deselected\n");
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() {
    Path project = tmp.resolve("p");
    CliRunner.run("init", project.toString());
    Tree before = Tree.of(project);
    CliRunner.Result r = wflow(project, "new", "review", "--template", "approval", "--dry-run");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("--- /dev/null\n+++ b/src/review.lua\n@@ -0,0 +1,")
        .contains("--- a/src/_index.yaml\n+++ b/src/_index.yaml\n@@ ")
        .contains("\n+  - name: review\n+    kind: workflow.lua\n")
        .contains("\n       name: hello_workflow workflow\n+\n")
        .endsWith("(dry run: 4 files would be written; nothing was)\n");
    assertThat(Tree.of(project)).isEqualTo(before);
  }

  @Test
  void forceOverwritesTheFilesAndTheEntriesInPlace() throws Exception {
    Path project = tmp.resolve("p");
    CliRunner.run("init", project.toString());
    Path lua = project.resolve("src/hello_workflow.lua");
    Files.writeString(lua, "-- mine\n");
    CliRunner.Result refused = wflow(project, "new", "hello_workflow");
    assertThat(refused.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(refused.err())
        .contains("entry app:hello_workflow exists (src/_index.yaml:")
        .contains("file src/hello_workflow.lua exists")
        .contains("--force");
    String index = Files.readString(project.resolve("src/_index.yaml"));
    CliRunner.Result forced = wflow(project, "new", "hello_workflow", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("updated src/hello_workflow.lua");
    assertThat(lua).content().startsWith("-- app:hello_workflow: runs one step");
    assertThat(project.resolve("src/_index.yaml")).hasContent(index.stripTrailing());
  }

  @Test
  void listShowsEveryTemplateWithItsDescription() {
    CliRunner.Result r = CliRunner.run("new", "--list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines())
        .hasSize(6)
        .anySatisfy(
            l -> assertThat(l).startsWith("basic      an activity call with a retry policy"))
        .anySatisfy(l -> assertThat(l).startsWith("approval   "))
        .anySatisfy(l -> assertThat(l).startsWith("activity   a function.lua entry"));
  }

  @Test
  void helpHasExamplesAndCompletionKnowsTheTemplates() {
    assertThat(CliRunner.run("new", "--help").out())
        .contains(
            "Examples:",
            "wflow new refund --template saga",
            "basic, saga, approval, child, versioned, activity");
    assertThat(CliRunner.run("init", "--help").out()).contains("Examples:", "wflow init shop");
    assertThat(CliRunner.run("completion", "bash").out())
        .contains("init", "new")
        .contains("(\"basic\" \"saga\" \"approval\" \"child\" \"versioned\" \"activity\")");
  }
}
