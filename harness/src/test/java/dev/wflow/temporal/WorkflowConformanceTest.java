package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One small Lua workflow per behaviour of SPEC §5–10, with its expected result. */
class WorkflowConformanceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static LuaProject project;

  /**
   * Each test gets its own environment, as every {@code it} does under {@code wflow test}: one
   * test's leftover timers or children must not stall another's time skipping.
   */
  private LocalEnvironment env;

  @BeforeAll
  static void loadProject() {
    project =
        Projects.create()
            .workflowFile("saga", "funcs")
            .workflowFile("signals")
            .workflowFile("select", "time")
            .workflowFile("child")
            .workflowFile("parent", "workflow")
            .workflowFile("versioned", "workflow")
            .workflowFile("attrs", "workflow")
            .workflowFile("looping", "time")
            .workflowFile("counter")
            .workflowFile("cancellable", "funcs", "time")
            .workflowFile("errors_flow", "funcs")
            .activityFile("lookup")
            .workflowFile("fanout", "funcs")
            .activityFile("square")
            .activityFile("pricing", "funcs")
            .activityFile("tax")
            .workflowFile("long_timer", "time")
            .workflowFile("side_effects", "uuid", "crypto", "time")
            .workflowFile("random_branches", "uuid", "crypto", "time", "funcs")
            .workflowFile("pinged")
            .workflowFile("pinger")
            .workflowFile("ticking", "time")
            .workflowFile("coroutine_signals", "funcs", "time")
            .build();
  }

  @BeforeEach
  void startEnvironment() {
    env = LocalEnvironment.start(project, EnvironmentOptions.defaults());
  }

  @AfterEach
  void stopEnvironment() {
    env.closeInBackground();
  }

  private RunOutcome run(String name, Object input, ActivityHandler... mocks) {
    return start(name, input, mocks).result(WAIT);
  }

  private WorkflowRun start(String name, Object input, ActivityHandler... mocks) {
    StartOptions.Builder options = StartOptions.newBuilder();
    for (ActivityHandler mock : mocks) {
      options.handler(mock);
    }
    return env.start("app:" + name, input == null ? List.of() : List.of(input), options.build());
  }

  private static void assertCompleted(RunOutcome outcome, Object expected) {
    assertThat(outcome.error()).isNull();
    assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outcome.result()).isEqualTo(expected);
  }

  @Test
  void sagaRunsCompensationsInReverseOrder() {
    WorkflowRun run =
        start(
            "saga",
            Map.of("items", List.of("a"), "payment", Map.of("amount", 5), "shipping", "x"),
            ActivityHandler.fixed("app:reserve_inventory", Map.of("id", "r1")),
            ActivityHandler.fixed("app:charge_payment", Map.of("id", "p1")),
            (type, args) ->
                type.equals("app:ship_order")
                    ? ActivityAnswer.error("Unavailable", "no trucks", false)
                    : null,
            (type, args) -> ActivityAnswer.value(true));
    assertCompleted(
        run.result(WAIT),
        Map.of(
            "status", "failed", "step", "shipping", "error", "no trucks", "kind", "Unavailable"));
    assertThat(run.calls().stream().map(c -> c.id() + " " + c.args()))
        .containsExactly(
            "app:reserve_inventory [[a]]",
            "app:charge_payment [{amount=5}]",
            "app:ship_order [x]",
            "app:refund_payment [p1]",
            "app:release_inventory [r1]");
  }

  @Test
  void signalsReachInboxAndListenersEvenWhenSentBeforeListening() {
    WorkflowRun run = start("signals", Map.of());
    run.signal("note", Map.of("text", "hi"));
    run.signal("config", Map.of("mode", "fast"));
    run.sleep(Duration.ofMinutes(5));
    assertThat(run.query("pid")).isEqualTo(run.pid());
    assertThat(((Map<?, ?>) run.query("state")).get("waiting").toString())
        .startsWith("receive on listen approve at src/signals.lua:7");
    run.signal("approve", Map.of("by", "ann"));
    assertCompleted(
        run.result(WAIT),
        Map.of(
            "note",
            "note",
            "note_text",
            "hi",
            "config_topic",
            "config",
            "config",
            Map.of("mode", "fast"),
            "approved_by",
            "ann"));
  }

  @Test
  void selectChoosesAmongSignalsTimersAndDefault() {
    WorkflowRun run = start("select", null);
    run.sleep(Duration.ofMinutes(20));
    run.signal("go", Map.of("n", 1));
    assertCompleted(
        run.result(WAIT),
        Map.of("first_default", true, "timed_out", true, "value", Map.of("n", 1)));
  }

  @Test
  void childWorkflowsSynchronousAndSpawnedWithExitEvents() {
    WorkflowRun run = start("parent", null);
    assertCompleted(
        run.result(WAIT),
        Map.of(
            "sync",
            42,
            "err_kind",
            "Conflict",
            "err_msg",
            "child says no",
            "exit_kind",
            "pid.exit",
            "exit_from_pid",
            true,
            "async",
            10,
            "wrong_queue",
            "Invalid"));
    assertThat(run.children()).hasSize(3);
    assertThat(env.replay(run.historyJson()).clean()).isTrue();
    assertThat(run.children().get(1).status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void sendSignalsAnotherWorkflowAndCancelReachesAChild() {
    assertCompleted(
        run("pinger", null),
        Map.of("sent", true, "child_result", Map.of("got", 7), "cancelled_kind", "Canceled"));
  }

  @Test
  void coroutinesReceiveSignalsAndFuturesRaceTimersAndCancel() {
    WorkflowRun run =
        start(
            "coroutine_signals",
            null,
            ActivityHandler.fixed("app:quick", "done"),
            (type, args) -> {
              if (type.equals("app:slow")) {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return ActivityAnswer.value("late");
              }
              return null;
            });
    run.signal("item", Map.of("name", "apple"));
    assertCompleted(
        run.result(WAIT),
        Map.of(
            "from_coroutine", "got apple",
            "raced", "activity won: done",
            "cancelled", "Canceled"));
  }

  @Test
  void tickerAndResettableTimer() {
    RunOutcome outcome = run("ticking", null);
    assertCompleted(outcome, Map.of("ticks", 3));
    assertThat(outcome.elapsedSeconds()).isEqualTo(30 * 60 + 2 * 3600);
  }

  @Test
  void versionGivesNewRunsTheMaximum() {
    assertCompleted(run("versioned", null), Map.of("v", 2, "invalid", "Invalid"));
  }

  @Test
  void attrsUpsertSearchAttributesAndMemo() {
    WorkflowRun run = start("attrs", Map.of("total", 42));
    assertCompleted(
        run.result(WAIT),
        Map.of("ok", true, "type", "app:attrs", "queue", "app-queue", "has_history", true));
    assertThat(run.attrs())
        .isEqualTo(
            Map.of(
                "search", Map.of("status", "processing", "order_total", 42),
                "memo", Map.of("notes", "vip")));
  }

  @Test
  void upgradeContinuesAsNew() {
    WorkflowRun run = start("looping", null);
    RunOutcome outcome = run.result(WAIT);
    assertCompleted(outcome, Map.of("n", 3));
    assertThat(outcome.elapsedSeconds()).isEqualTo(180);
  }

  @Test
  void updatesFollowTheAckOkNakProtocol() {
    WorkflowRun run = start("counter", null);
    assertThat(run.update("add", 5)).isEqualTo(new UpdateOutcome(5, null));
    UpdateOutcome rejected = run.update("add", "x");
    assertThat(rejected.error().kind()).isEqualTo("Rejected");
    assertThat(rejected.error().message()).isEqualTo("not a number");
    assertThat(run.update("add", 2).value()).isEqualTo(7);
    run.signal("done", null);
    assertCompleted(run.result(WAIT), Map.of("total", 7));
  }

  /**
   * The Lua code sees the request as an event and still runs its cleanup. Temporal's Java SDK then
   * closes a cancel-requested run as canceled whatever the code returns.
   */
  @Test
  void anUnansweredUpdateTimesOutInsteadOfHanging() {
    WorkflowRun run = start("select", null);
    UpdateOutcome unanswered = run.update("nobody_reads_this", Duration.ofSeconds(2), 1);
    assertThat(unanswered.error().kind()).isEqualTo("Timeout");
    assertThat(unanswered.error().message()).contains("src/select.lua:");
    run.cancel();
  }

  @Test
  void cancellationIsAnEventTheWorkflowHandles() {
    WorkflowRun run = start("cancellable", "return", ActivityHandler.fixed("app:cleanup", true));
    run.sleep(Duration.ofMinutes(1));
    run.cancel();
    RunOutcome returned = run.result(WAIT);
    assertThat(returned.status()).isEqualTo(RunStatus.CANCELED);
    // Temporal's Java SDK drops a result returned after a cancel request; the platform keeps it.
    assertThat(returned.result()).isEqualTo(Map.of("status", "cancelled"));
    assertThat(returned.error()).isNull();
    assertThat(run.attrs().get("memo")).isEqualTo(Map.of());
    assertThat(run.calls("app:cleanup")).hasSize(1);
    assertThat(run.calls("app:cleanup").get(0).result()).isEqualTo(true);

    WorkflowRun erring = start("cancellable", "error", ActivityHandler.fixed("app:cleanup", true));
    erring.sleep(Duration.ofMinutes(1));
    erring.cancel();
    RunOutcome failed = erring.result(WAIT);
    assertThat(failed.status()).isEqualTo(RunStatus.CANCELED);
    assertThat(failed.result()).isNull();
    assertThat(failed.error().kind()).isEqualTo("Canceled");
  }

  @Test
  void errorsCrossActivitiesWithKindAndRetryability() {
    WorkflowRun run = start("errors_flow", null);
    assertCompleted(
        run.result(WAIT),
        Map.of(
            "ok",
            "o1",
            "k1",
            "NotFound",
            "r1",
            false,
            "m1",
            "no order missing",
            "k2",
            "Internal",
            "m2",
            "src/lookup.lua:5: exploded",
            "k3",
            "Invalid"));
    assertThat(run.calls("app:lookup").get(2).attempts()).isEqualTo(2);
  }

  @Test
  void coroutinesAndFuturesIssueActivities() {
    assertCompleted(
        run("fanout", null),
        Map.of(
            "sum", 14, "gen", 6, "inner", 25, "future", 16, "ok", true, "done", true, "waited",
            true, "cached", true));
  }

  @Test
  void uuidAndCryptoRandomAreRecordedAndReplaySafe() {
    WorkflowRun run = start("side_effects", null);
    assertCompleted(
        run.result(WAIT), Map.of("id_len", 36, "n_ok", true, "s_len", 8, "v7_len", 36, "bytes", 4));
    assertThat(env.replay(run.historyJson()).clean()).isTrue();
  }

  @Test
  void replayGivesEveryNondeterministicValueItsRecordedValue() {
    WorkflowRun run = start("random_branches", null);
    RunOutcome outcome = run.result(WAIT);
    assertThat(outcome.error()).isNull();
    assertThat(String.valueOf(outcome.result()).split(",")).hasSize(8);
    // Eight values each choose between two commands: fresh draws on replay would diverge from the
    // history 255 times in 256.
    assertThat(env.replay(run.historyJson()).clean()).isTrue();
  }

  @Test
  void functionEntriesRunDirectlyForTestCode() {
    assertThat(env.callFunction("app:square", List.of(7)).value()).isEqualTo(49L);
    CallOutcome missing = env.callFunction("app:lookup", List.of("missing"));
    assertThat(missing.error().kind()).isEqualTo("NotFound");
    assertThat(missing.error().message()).isEqualTo("no order missing");
  }

  @Test
  void activitiesCallOtherFunctionsDirectly() {
    assertThat(env.callFunction("app:pricing", List.of(Map.of("total", 120))).value())
        .isEqualTo(Map.of("total", 132L, "missing", "NotFound"));
  }

  @Test
  void aDayLongTimerPassesInMilliseconds() {
    long wall = System.nanoTime();
    RunOutcome outcome = run("long_timer", null);
    assertCompleted(outcome, Map.of("waited", 86401, "os_ok", true));
    assertThat(outcome.elapsedSeconds()).isEqualTo(86401);
    assertThat(Duration.ofNanos(System.nanoTime() - wall)).isLessThan(Duration.ofSeconds(5));
  }
}
