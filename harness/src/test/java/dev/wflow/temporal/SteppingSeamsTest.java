package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.history.RunStatus;
import dev.wflow.temporal.workflow.CommandSite;
import dev.wflow.temporal.workflow.ExecutionListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The seams a debugger steps a run through: the listener, later answers, waiting until idle. */
class SteppingSeamsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final String FLOW =
      """
      local funcs = require("funcs")
      local function main(order)
        local charged, err = funcs.call("app:charge", order.id)
        if err then return nil, err end
        local msg = process.inbox():receive()
        return {charged = charged, approved_by = msg:payload():data().by}
      end
      return {main = main}
      """;

  private static LuaProject project() {
    return Projects.create().workflow("app:flow", FLOW, "funcs").build();
  }

  @Test
  void theListenerSeesEachCommandWithItsLuaLineAndEachWait() throws InterruptedException {
    List<String> seen = new CopyOnWriteArrayList<>();
    ExecutionListener listener =
        new ExecutionListener() {
          @Override
          public void commandIssued(Execution run, CommandSite command) {
            if (!run.replaying()) {
              seen.add(command.command() + " " + command.detail() + " at " + command.where());
            }
          }

          @Override
          public void waiting(Execution run, String reason, String where) {
            if (!run.replaying()) {
              seen.add("wait " + reason + " at " + where);
            }
          }

          @Override
          public void closed(Execution run, Closing how) {
            seen.add("closed " + how);
          }
        };
    try (LocalEnvironment env =
        LocalEnvironment.start(
            project(), EnvironmentOptions.newBuilder().listener(listener).build())) {
      WorkflowRun run =
          env.start(
              "app:flow",
              List.of(Map.of("id", "o1")),
              StartOptions.newBuilder()
                  .handler((type, args) -> ActivityAnswer.value("pay-1"))
                  .build());
      assertThat(run.awaitIdle(WAIT)).isTrue();
      // awaitIdle may return while the activity is scheduled but not yet run: the signal is sent
      // once the workflow waits for it, so that wait is observed.
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.stream().noneMatch(s -> s.startsWith("wait ") && s.endsWith("at src/flow.lua:5"))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      run.signal("approve", Map.of("by", "ann"));
      assertThat(run.result(WAIT).status()).isEqualTo(RunStatus.COMPLETED);
    }
    assertThat(seen).contains("activity app:charge at src/flow.lua:3", "closed COMPLETED");
    assertThat(seen).anyMatch(s -> s.startsWith("wait ") && s.endsWith("at src/flow.lua:5"));
  }

  @Test
  void anAnswerGivenLaterCompletesTheActivityAndTheRunIsIdleUntilThen() {
    CompletableFuture<ActivityAnswer> byHand = new CompletableFuture<>();
    try (LocalEnvironment env = LocalEnvironment.start(project(), EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start(
              "app:flow",
              List.of(Map.of("id", "o1")),
              StartOptions.newBuilder()
                  .handler((type, args) -> ActivityAnswer.later(byHand))
                  .build());
      assertThat(run.awaitIdle(WAIT)).isTrue();
      assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
      assertThat(run.calls()).singleElement().satisfies(c -> assertThat(c.result()).isNull());

      byHand.complete(ActivityAnswer.value("pay-by-hand"));
      assertThat(run.awaitIdle(WAIT)).isTrue();
      assertThat(run.calls("app:charge"))
          .singleElement()
          .satisfies(c -> assertThat(c.result()).isEqualTo("pay-by-hand"));

      run.signal("approve", Map.of("by", "ann"));
      RunOutcome outcome = run.result(WAIT);
      assertThat(outcome.result())
          .isEqualTo(Map.of("charged", "pay-by-hand", "approved_by", "ann"));
    }
  }

  @Test
  void aLaterErrorReachesTheWorkflowAsNilErr() {
    CompletableFuture<ActivityAnswer> byHand = new CompletableFuture<>();
    try (LocalEnvironment env = LocalEnvironment.start(project(), EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start(
              "app:flow",
              List.of(Map.of("id", "o1")),
              StartOptions.newBuilder()
                  .handler((type, args) -> ActivityAnswer.later(byHand))
                  .build());
      assertThat(run.awaitIdle(WAIT)).isTrue();
      byHand.complete(ActivityAnswer.error("Unavailable", "card declined", false));
      RunOutcome outcome = run.result(WAIT);
      assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
      assertThat(outcome.error().kind()).isEqualTo("Unavailable");
      assertThat(outcome.error().message()).contains("card declined");
    }
  }
}
