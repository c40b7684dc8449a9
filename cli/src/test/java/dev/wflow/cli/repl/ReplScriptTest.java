package dev.wflow.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debugging sessions driven through {@code wflow repl --script}, on the example projects. */
class ReplScriptTest {

  static final Path ORDERS = Path.of("..", "examples", "orders");
  static final Path APPROVAL = Path.of("src", "test", "resources", "repl", "approval");
  static final String ORDER =
      "{\"id\":\"o1\",\"total\":42,\"customer_id\":\"c1\",\"shipping_address\":\"1 Main St\"}";

  @TempDir Path temp;

  private CliRunner.Result session(Path project, String workflow, String... lines)
      throws IOException {
    Path script = temp.resolve("session-" + System.nanoTime() + ".txt");
    Files.writeString(script, String.join("\n", lines) + "\n");
    return workflow == null
        ? CliRunner.run("-C", project.toString(), "repl", "--script", script.toString())
        : CliRunner.run("-C", project.toString(), "repl", workflow, "--script", script.toString());
  }

  @Test
  void stepsThroughTheOrderWorkflowCommandByCommandWithLuaLines() throws IOException {
    var r =
        session(
            ORDERS,
            "app:order_workflow",
            "start " + ORDER,
            "step",
            "where",
            "skip 1h",
            "step",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("> start " + ORDER)
        .contains("activity app:charge_payment  at src/order_workflow.lua:30")
        .contains("timer 1h0m0s  at src/order_workflow.lua:38")
        .contains("waits for timer 1h0m0s at src/order_workflow.lua:38")
        // 'where' shows the Lua stack under the wait, innermost frame first.
        .contains(
            "waits for timer 1h0m0s at src/order_workflow.lua:38\n"
                + "  src/order_workflow.lua:38 in function <src/order_workflow.lua:29>\n")
        .contains("timer fired")
        .contains("activity app:ship_order  at src/order_workflow.lua:40")
        .contains("completed {\"payment_id\":\"pay-")
        .contains("\"tracking\":\"TRK-o1\"");
  }

  @Test
  void answersAnActivityByHandSkipsIntoATimerAndSignalsAnApproval() throws IOException {
    var r =
        session(
            APPROVAL,
            "app:approval",
            "start {\"id\":\"r1\"}",
            "pending",
            "complete 1 {\"ticket\":\"T-9\"}",
            "where",
            "signal approve {\"by\":\"ann\"}",
            "step",
            "restart",
            "complete 1 {\"ticket\":\"T-9\"}",
            "skip 24h",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("#1 app:notify_manager [{\"id\":\"r1\"}]  no mock and no function.lua entry")
        .contains("waits for channel.select at src/approval.lua:11")
        .contains("signal approve")
        .contains("activity app:book  at src/approval.lua:15")
        .contains("completed {\"booking\":\"B-r1\",\"by\":\"ann\",\"status\":\"approved\"}")
        .contains("completed {\"status\":\"expired\",\"ticket\":\"T-9\"}");
  }

  @Test
  void continueSkipsTheTimerStopsAtALineBreakpointAndTheFrameCanBeRead() throws IOException {
    var r =
        session(
            ORDERS,
            "app:order_workflow",
            "break line order_workflow.lua:40",
            "breaks",
            "start " + ORDER,
            "continue",
            "time",
            "locals",
            "print order.total * 2",
            "print payment.amount",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("breakpoint 1: line order_workflow.lua:40")
        .contains("1  line order_workflow.lua:40")
        // continue skipped the one-hour cooling-off timer, as run does, and stopped at line 40.
        .contains("timer fired")
        .contains("breakpoint 1 (line order_workflow.lua:40)")
        .contains("(+1h0m0s since the start)")
        .contains("frame src/order_workflow.lua:40")
        .contains("order = {\"customer_id\":\"c1\"")
        .contains("order.total * 2 = 84")
        .contains("payment.amount = 42");
    // Without a breakpoint, continue goes where run goes: the end.
    var end = session(ORDERS, "app:order_workflow", "start " + ORDER, "continue", "quit");
    assertThat(end.out()).contains("timer fired").contains("completed {\"payment_id\":\"pay-");
    var hit =
        session(ORDERS, "app:order_workflow", "break timer", "start " + ORDER, "continue", "quit");
    assertThat(hit.out()).contains("breakpoint 1 (timer)").doesNotContain("timer fired");
  }

  @Test
  void goesBackTwoStepsAndTakesTheOtherBranch() throws IOException {
    var r =
        session(
            ORDERS,
            "app:order_workflow",
            "start " + ORDER,
            "step",
            "print payment.id",
            "skip 1h",
            "step",
            "back 2",
            "print payment.id",
            "skip 1h",
            "fail 2 Unavailable carrier down",
            "step",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    String afterBack = r.out().substring(r.out().indexOf("> back 2"));
    assertThat(afterBack)
        .contains("waits for timer 1h0m0s at src/order_workflow.lua:38")
        .doesNotContain("determinism failure")
        .contains("activity app:refund_payment  at src/order_workflow.lua:46")
        .contains("\"step\":\"shipping\"")
        .contains("carrier down");
    // The rebuild gives charge_payment the answer it gave the first time (a fresh uuid.v4() in
    // its function.lua would change the payment ID): the run is back in the state it had.
    var ids = java.util.regex.Pattern.compile("payment.id = \"(pay-[^\"]+)\"").matcher(r.out());
    assertThat(ids.find()).as(r.out()).isTrue();
    String first = ids.group(1);
    assertThat(ids.find()).as(r.out()).isTrue();
    assertThat(ids.group(1)).isEqualTo(first);
  }

  @Test
  void stepsThroughARecordedHistoryWithTheLuaLineOfEachEvent() throws IOException {
    Path history = temp.resolve("order.json");
    var run =
        CliRunner.run(
            "-C",
            ORDERS.toString(),
            "run",
            "app:order_workflow",
            "--input",
            ORDER,
            "--history",
            history.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path script = temp.resolve("replay.txt");
    Files.writeString(script, "start\nstep\nwhere\nstep\nstep\nback 1\nrun\nquit\n");
    var r =
        CliRunner.run(
            "-C",
            ORDERS.toString(),
            "repl",
            "--history",
            history.toString(),
            "--script",
            script.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("activity app:charge_payment  at src/order_workflow.lua:30")
        .contains("timer 1h0m0s  at src/order_workflow.lua:38")
        .contains("activity app:ship_order  at src/order_workflow.lua:40")
        .contains("completed {\"payment_id\":\"pay-")
        .doesNotContain("determinism failure");
  }

  @Test
  void savesTheSessionAsATestThatPassesUnderWflowTest() throws IOException {
    Path project = temp.resolve("orders");
    copy(ORDERS, project);
    Path index = project.resolve("src/_index.yaml");
    String before = Files.readString(index);
    var r =
        session(
            project,
            "app:order_workflow",
            "start " + ORDER,
            "step",
            "skip 1h",
            "fail 2 Unavailable carrier down",
            "run",
            "save test approved after two hours",
            "save test approved after two hours",
            "quit");
    assertThat(r.out())
        .contains(
            "saved test 'approved after two hours' as src/approved_after_two_hours_repl_test.lua")
        .contains(
            "and its entry app:approved_after_two_hours_repl_test in src/_index.yaml (run it:")
        .contains(
            "src/approved_after_two_hours_repl_test.lua already exists: choose another NAME"
                + " (nothing was written)");
    assertThat(r.exitCode()).isEqualTo(1); // the second save failed, as it should
    // The entry went into the workflow's own definition file, every line the user wrote kept.
    String after = Files.readString(index);
    assertThat(after)
        .startsWith(before)
        .contains(
            "  # Written by `wflow repl` (save test): the session's test case.\n"
                + "  - name: approved_after_two_hours_repl_test\n"
                + "    kind: function.lua\n"
                + "    source: file://approved_after_two_hours_repl_test.lua\n");
    try (var files = Files.list(project.resolve("src"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".yaml"))).hasSize(1);
    }
    var test = CliRunner.run("-C", project.toString(), "test");
    assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
    assertThat(test.out()).contains("approved after two hours").contains("5 passed");
    var refused =
        session(
            APPROVAL,
            "app:approval",
            "start {\"id\":\"r1\"}",
            "complete 1 {\"ticket\":\"T-9\"}",
            "run",
            "save test expired",
            "quit");
    assertThat(refused.out())
        .contains("completed {\"status\":\"expired\",\"ticket\":\"T-9\"}")
        .contains("app:notify_manager has no function.lua entry");
  }

  @Test
  void typingMistakesGetAShortMessageAndTheSessionGoesOn() throws IOException {
    var r =
        session(
            ORDERS,
            "app:order_workflow",
            "stpe",
            "skip 1d",
            "start {\"id\": }",
            "mock app:charge_paymnt {}",
            "start app:nope",
            "start " + ORDER,
            "step",
            "complete 1 {}",
            "break line nowhere.lua:3",
            "help",
            "quit");
    assertThat(r.out())
        .contains("error: unknown command 'stpe' (did you mean 'step'?)")
        .contains("error: invalid duration '1d': there is no day unit; write 24h")
        .contains("error: invalid JSON at column")
        .contains(
            "error: no activity entry app:charge_paymnt in the project (did you mean app:charge_payment?)")
        .contains("error: no workflow entry app:nope in the project")
        .contains("error: no activity call is waiting for an answer")
        .contains("error: no workflow file nowhere.lua in the project")
        .contains("timer 1h0m0s")
        .contains("skip DUR");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void aRunawayWorkflowTaskIsReportedAtItsLuaLineAndThePromptComesBack() throws IOException {
    var r = session(APPROVAL, null, "start", "start app:runaway", "events", "quit");
    assertThat(r.out())
        .contains("which workflow? 'start ID [JSON]' with one of: app:approval, app:runaway")
        .contains("src/runaway.lua:")
        .contains("without yielding")
        .contains("> events");
  }

  static final Path EXPENSES = Path.of("..", "examples", "approval");

  @Test
  void signalsAnApprovalAndContinueSkipsIntoTheTimeoutOnTheApprovalExample() throws IOException {
    var r =
        session(
            EXPENSES,
            "app:expense_approval",
            "start {\"id\":\"r1\",\"amount\":250}",
            "step",
            "where",
            "skip 2h",
            "signal approve {\"by\":\"ann\"}",
            "time",
            "restart",
            "continue",
            "time",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("timer 24h0m0s  at src/expense_approval.lua:32")
        .contains("waits for channel.select at src/expense_approval.lua:33")
        .contains("signal approve")
        .contains("completed {\"by\":\"ann\",\"status\":\"approved\"}")
        .contains("(+2h0m0s since the start)")
        // continue answers the notification with its function.lua and skips the 24 hours.
        .contains("completed {\"status\":\"timed_out\"}")
        .contains("(+24h0m0s since the start)")
        // The clock of a closed run is the time it closed at, not the server's leftover timer.
        .doesNotContain("87600h");
  }

  @Test
  void anActivityBreakpointHoldsItsCallUntilTheUserLetsItsFunctionAnswer() throws IOException {
    var r =
        session(
            ORDERS,
            "app:order_workflow",
            "break activity app:ship_order",
            "start " + ORDER,
            "run",
            "pending",
            "complete 2",
            "quit");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    String afterRun = r.out().substring(r.out().indexOf("> run"), r.out().indexOf("> pending"));
    assertThat(afterRun)
        .contains("timer fired")
        .contains("activity app:ship_order  at src/order_workflow.lua:40")
        .doesNotContain("answered app:ship_order");
    assertThat(r.out())
        .contains(
            "#2 app:ship_order [{\"address\":\"1 Main St\",\"order_id\":\"o1\"}]  held by its"
                + " breakpoint: 'complete 2 JSON' or 'fail', or 'complete 2' to let its function.lua"
                + " answer")
        .contains("\"tracking\":\"TRK-o1\"");
  }

  @Test
  void stepsAHistoryFromTheTemporalCliAndOneFromWflowTestHistoryDir() throws IOException {
    // The payload shorthand 'temporal workflow show -o json' writes ("input": [{...}]).
    Path cli = Path.of("..", "harness", "src", "test", "resources", "history");
    Path script = temp.resolve("replay.txt");
    Files.writeString(script, "start\nstep\nstep\nevents\nquit\n");
    var r =
        CliRunner.run(
            "-C",
            ORDERS.toString(),
            "repl",
            "--history",
            cli.resolve("order-temporal-cli.json").toString(),
            "--script",
            script.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("#1 app:charge_payment [{\"amount\":42,\"customer\":\"c1\"}]  the recording")
        // 'events' shows the Lua line that caused each command event.
        .contains("TimerStarted  timer 1h0m0s  at src/order_workflow.lua:38")
        .contains("ActivityTaskScheduled  app:ship_order")
        .contains("at src/order_workflow.lua:40");
    var check =
        CliRunner.run(
            "-C", ORDERS.toString(), "replay", cli.resolve("order-temporal-cli.json").toString());
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("replays cleanly");

    Path project = temp.resolve("approval");
    copy(EXPENSES, project);
    Path histories = temp.resolve("histories");
    var test =
        CliRunner.run("-C", project.toString(), "test", "--history-dir", histories.toString());
    assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
    Path approved;
    try (Stream<Path> all = Files.walk(histories)) {
      approved =
          all.filter(f -> f.toString().contains("two_hours") && f.toString().endsWith(".json"))
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(script, "start\nstep\nstep\nquit\n");
    var replay =
        CliRunner.run(
            "-C",
            project.toString(),
            "repl",
            "--history",
            approved.toString(),
            "--script",
            script.toString());
    assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
    String[] steps = replay.out().split("> step\n");
    assertThat(steps).hasSize(3);
    // The clock catching up with the signal two hours on is no step of its own: the second step
    // delivers the signal.
    assertThat(steps[2]).contains("signal approve").contains("completed");
  }

  @Test
  void stepsTheChildExamplesFanOutAndGoesBackFromItsEnd() throws IOException {
    var r =
        session(
            Path.of("..", "examples", "child"),
            "app:batch_workflow",
            "start {\"items\":[\"a\",\"b\"]}",
            "step",
            "run",
            "step",
            "back 1",
            "signal go",
            "quit");
    assertThat(r.out())
        .contains("child app.batch_workflow-debug/1  at src/batch_workflow.lua:27")
        // The children's activity calls wait in the same list as the parent's.
        .contains("#2 app:batch_workflow_process [\"b\"]  its function.lua runs on 'step'")
        .contains("completed {\"results\":[{\"item\":\"a\",\"size\":1},{\"item\":\"b\"");
    // A step of the closed run moved nothing, so 'back 1' goes to before the run's end.
    String afterBack = r.out().substring(r.out().indexOf("> back 1"));
    assertThat(afterBack.substring(0, afterBack.indexOf("> signal")))
        .contains("waits for receive on events at src/batch_workflow.lua:38");
    var closed =
        session(
            Path.of("..", "examples", "child"),
            "app:batch_workflow",
            "start {\"items\":[\"a\"]}",
            "run",
            "cancel",
            "quit");
    assertThat(closed.out()).contains("> cancel\nerror: the run has ended: 'back N'");
    assertThat(closed.exitCode()).isEqualTo(1);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
