package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad workflows fail clearly and boundedly, naming the Lua file and line — never a hang. */
class FailureCasesTest {

  private static LocalEnvironment env;

  @BeforeAll
  static void start() {
    var project =
        Projects.create()
            .workflowFile("fails_error")
            .workflowFile("fails_loop")
            .workflowFile("fails_unknown_activity", "funcs")
            .workflowFile("fails_attr", "workflow")
            .workflowFile("fails_json")
            .workflowFile("fails_coroutine", "time")
            .workflowFile("waits_forever")
            .workflowFile("waits_in_tail_call")
            .workflowFile("fails_cycle")
            .workflowFile("fails_syntax")
            .workflowFile("fails_recursion")
            .build();
    env =
        LocalEnvironment.start(
            project,
            EnvironmentOptions.newBuilder()
                .registerSearchAttributesOnUse(false)
                .runawayLimit(Duration.ofMillis(500))
                .build());
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  private static RunOutcome failed(String name, Object input, Duration wait) {
    long started = System.nanoTime();
    RunOutcome outcome =
        env.start(
                "app:" + name, input == null ? List.of() : List.of(input), StartOptions.defaults())
            .result(wait);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(wait.plusSeconds(5));
    assertThat(outcome.status()).isNotEqualTo(RunStatus.COMPLETED);
    return outcome;
  }

  @Test
  void errorInTheWorkflowNamesItsLine() {
    RunOutcome o = failed("fails_error", Map.of("total", 3), Duration.ofSeconds(20));
    assertThat(o.status()).isEqualTo(RunStatus.FAILED);
    assertThat(o.error().kind()).isEqualTo("Internal");
    assertThat(o.error().message()).isEqualTo("src/fails_error.lua:3: bad input: total 3");
  }

  @Test
  void runawayLoopBecomesAFailureNotAHang() {
    RunOutcome o = failed("fails_loop", null, Duration.ofSeconds(20));
    assertThat(o.status()).isEqualTo(RunStatus.FAILED);
    assertThat(o.error().message())
        .matches(
            "src/fails_loop\\.lua:[345]: Lua code ran for more than 500 ms without yielding.*");
  }

  @Test
  void unknownActivityStopsTheRunWithNotFound() {
    RunOutcome o = failed("fails_unknown_activity", null, Duration.ofSeconds(20));
    assertThat(o.status()).isEqualTo(RunStatus.FAILED);
    assertThat(o.error().kind()).isEqualTo("NotFound");
    assertThat(o.error().message()).startsWith("activity app:nope not found");
    // Found at the first attempt: retries do not run the virtual clock on meanwhile.
    assertThat(o.elapsedSeconds()).isLessThan(60);
  }

  @Test
  void unregisteredSearchAttributeFailsAtItsLine() {
    RunOutcome o = failed("fails_attr", null, Duration.ofSeconds(20));
    assertThat(o.error().message())
        .startsWith("src/fails_attr.lua:2: search attribute 'color' is not registered");
  }

  @Test
  void nonJsonResultIsRefused() {
    RunOutcome o = failed("fails_json", null, Duration.ofSeconds(20));
    assertThat(o.error().kind()).isEqualTo("Invalid");
    assertThat(o.error().message())
        .isEqualTo(
            "src/fails_json.lua:2: workflow app:fails_json: cannot encode result.callback as JSON:"
                + " it is a function");
  }

  @Test
  void uncaughtErrorInACoroutineFailsTheWorkflow() {
    RunOutcome o = failed("fails_coroutine", null, Duration.ofSeconds(20));
    assertThat(o.error().message()).isEqualTo("src/fails_coroutine.lua:3: lost in a coroutine");
  }

  @Test
  void aRunWithoutResultTimesOutWithWhatItWaitsFor() {
    RunOutcome o = failed("waits_forever", null, Duration.ofSeconds(2));
    assertThat(o.status()).isEqualTo(RunStatus.TIMED_OUT);
    // With time skipping the server reaches the execution timeout at once; either way the
    // message says what the workflow was waiting for.
    assertThat(o.error().message()).contains("receive on inbox at src/waits_forever.lua:3");
  }

  @Test
  void syntaxErrorIsReportedWithPosition() {
    RunOutcome o = failed("fails_syntax", null, Duration.ofSeconds(20));
    assertThat(o.error().kind()).isEqualTo("Invalid");
    assertThat(o.error().message()).startsWith("src/fails_syntax.lua:2:");
  }

  @Test
  void aCyclicResultIsNamedAsACycleAtTheReturnLine() {
    RunOutcome o = failed("fails_cycle", null, Duration.ofSeconds(20));
    assertThat(o.error().kind()).isEqualTo("Invalid");
    assertThat(o.error().message())
        .isEqualTo(
            "src/fails_cycle.lua:4: workflow app:fails_cycle: cannot encode result.lines[1].order"
                + " as JSON: it is result again (a cycle)");
  }

  @Test
  void aStackOverflowFailsTheRunAtItsLineInOneLine() {
    RunOutcome o = failed("fails_recursion", null, Duration.ofSeconds(20));
    assertThat(o.status()).isEqualTo(RunStatus.FAILED);
    assertThat(o.error().message()).isEqualTo("src/fails_recursion.lua:2: stack overflow");
  }

  @Test
  void aWaitInATailCallStillNamesItsLine() {
    RunOutcome o = failed("waits_in_tail_call", null, Duration.ofSeconds(2));
    assertThat(o.error().message()).contains("receive on inbox at src/waits_in_tail_call.lua:3");
  }
}
