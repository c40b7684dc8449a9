package dev.wflow.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --watch} and {@code test --watch} driven as a script would: no terminal, file changes
 * in a temporary project, keys as input lines, results read from the output.
 */
class WatchModeTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final AtomicInteger exit = new AtomicInteger(-1);
  private PipedOutputStream keys;
  private Thread session;

  private void start(String... args) throws Exception {
    keys = new PipedOutputStream();
    WatchSession.input = new PipedInputStream(keys);
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    session = new Thread(() -> exit.set(Main.run(o, e, false, Map.of(), args)));
    session.start();
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Waits until the output holds {@code count} results, each ending with the "watching" line. */
  private String awaitResults(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      String text = output();
      if (text.split("\nwatching ", -1).length - 1 >= count) {
        return text;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("expected " + count + " results, got:\n" + output());
  }

  /** The last result: the text after the last separator line. */
  private static String last(String text) {
    return text.substring(text.lastIndexOf("\n-- ") + 1);
  }

  private void key(String line) throws Exception {
    keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  @AfterEach
  void quit() throws Exception {
    if (session != null && session.isAlive()) {
      key("q");
      session.join(Duration.ofSeconds(30).toMillis());
    }
    WatchSession.input = System.in;
  }

  private void lintProject() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: client
            kind: temporal.client
            address: localhost:7233
          - name: worker
            kind: temporal.worker
            client: app:client
            task_queue: q
          - name: wf
            kind: workflow.lua
            source: file://wf.lua
            meta: {temporal: {workflow: {worker: app:worker}}}
        """);
    Files.writeString(
        dir.resolve("src/wf.lua"), "local function main() return 1 end\nreturn {main = main}\n");
  }

  @Test
  void lintWatchRelintsOnEachSaveAndSurvivesABrokenDefinitionFile() throws Exception {
    lintProject();
    start("-C", dir.toString(), "lint", "--watch");
    assertThat(last(awaitResults(1))).contains("-- all --").contains("0 errors");

    Files.writeString(
        dir.resolve("src/wf.lua"),
        "local function main() return math.random() end\nreturn {main = main}\n");
    assertThat(last(awaitResults(2))).contains("changed: src/wf.lua").contains("D102");

    String index = Files.readString(dir.resolve("src/_index.yaml"));
    Files.writeString(dir.resolve("src/_index.yaml"), index + "  - [broken\n");
    assertThat(last(awaitResults(3))).contains("src/_index.yaml:").contains("error");

    Files.writeString(dir.resolve("src/_index.yaml"), index);
    Files.writeString(
        dir.resolve("src/wf.lua"), "local function main() return 2 end\nreturn {main = main}\n");
    String fixed = last(awaitResults(4));
    assertThat(fixed).doesNotContain("D102").contains("0 errors");

    key("q");
    session.join(Duration.ofSeconds(30).toMillis());
    assertThat(exit.get()).isZero();
  }

  private void testProject() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: worker
            kind: temporal.worker
            task_queue: q
          - name: one
            kind: workflow.lua
            source: file://one.lua
            meta: {temporal: {workflow: {worker: app:worker}}}
          - name: two
            kind: workflow.lua
            source: file://two.lua
            meta: {temporal: {workflow: {worker: app:worker}}}
          - name: one_test
            kind: function.lua
            source: file://one_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
          - name: two_test
            kind: function.lua
            source: file://two_test.lua
            method: run
            imports: {test: wippy.test:test}
            meta: {type: test}
        """);
    for (String name : new String[] {"one", "two"}) {
      Files.writeString(
          dir.resolve("src/" + name + ".lua"),
          "local function main(x) return x + 1 end\nreturn {main = main}\n");
      Files.writeString(dir.resolve("src/" + name + "_test.lua"), testOf(name, 2));
    }
  }

  private static String testOf(String workflow, int expected) {
    return "return {run = test.run_cases(function() test.describe(\"t\", function()\n"
        + "  test.it(\""
        + workflow
        + "\", function() test.eq(test.workflow(\"app:"
        + workflow
        + "\"):start(1):result(), "
        + expected
        + ") end)\n"
        + "end) end)}\n";
  }

  @Test
  void testWatchRerunsOnlyTheAffectedTestsAndAnswersKeys() throws Exception {
    testProject();
    start("-C", dir.toString(), "test", "--watch");
    assertThat(last(awaitResults(1)))
        .contains("PASS   app:one_test")
        .contains("PASS   app:two_test")
        .contains("2 passed, 0 failed");

    // A workflow the first test drives: only that test runs, and now fails.
    Files.writeString(
        dir.resolve("src/one.lua"),
        "local function main(x) return x + 2 end\nreturn {main = main}\n");
    assertThat(last(awaitResults(2)))
        .contains("changed: src/one.lua")
        .contains("running 1 of 2 test files: app:one_test")
        .contains("FAIL   app:one_test")
        .doesNotContain("app:two_test");

    key("f");
    assertThat(last(awaitResults(3)))
        .contains("-- failed --")
        .contains("FAIL   app:one_test")
        .doesNotContain("app:two_test");

    key("p two");
    assertThat(last(awaitResults(4)))
        .contains("PASS   app:two_test")
        .doesNotContain("app:one_test");

    key("a");
    assertThat(last(awaitResults(5))).contains("1 passed, 1 failed");

    key("q");
    session.join(Duration.ofSeconds(30).toMillis());
    assertThat(exit.get()).isZero();
  }
}
