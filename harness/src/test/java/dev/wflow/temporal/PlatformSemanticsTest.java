package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.RunStatus;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's Temporal semantics inside a workflow, as {@code service/temporal} of the Wippy
 * runtime has them: a missing activity, the activity option keys and their validation, the cancel
 * event, and sends to a workflow that is not running.
 */
class PlatformSemanticsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static LuaProject project;
  private LocalEnvironment env;

  @BeforeAll
  static void loadProject() {
    project =
        Projects.create()
            .workflowFile("missing_activity", "funcs")
            .workflowFile("activity_option_errors", "funcs")
            .workflowFile("activity_options", "funcs")
            .workflowFile("cancel_event")
            .workflowFile("send_missing")
            .workflowFile("unsupported_in_workflow")
            .workflowFile("activity_then_timer", "funcs", "time")
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

  private WorkflowRun start(String name, Object input, ActivityHandler... mocks) {
    StartOptions.Builder options = StartOptions.newBuilder();
    for (ActivityHandler mock : mocks) {
      options.handler(mock);
    }
    return env.start("app:" + name, input == null ? List.of() : List.of(input), options.build());
  }

  private static Map<?, ?> completed(RunOutcome outcome) {
    assertThat(outcome.error()).isNull();
    assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
    return (Map<?, ?>) outcome.result();
  }

  @Test
  void missingActivityWithBoundedRetriesReturnsNotFoundToTheWorkflow() {
    Map<?, ?> once = completed(start("missing_activity", 1).result(WAIT));
    assertThat(once.get("got_value")).isEqualTo(false);
    assertThat(once.get("kind")).isEqualTo("NotFound");
    assertThat(once.get("retryable")).isEqualTo(true);
    assertThat(once.get("message").toString()).startsWith("activity app:absent not found");
    assertThat(once.get("after")).isEqualTo("carried on");

    // Every attempt the policy allows is made before the workflow hears of it.
    WorkflowRun thrice = start("missing_activity", 3);
    Map<?, ?> result = completed(thrice.result(WAIT));
    assertThat(result.get("kind")).isEqualTo("NotFound");
    assertThat(thrice.calls("app:absent"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.attempts()).isEqualTo(3);
              assertThat(c.error().kind()).isEqualTo("NotFound");
            });
    // Backoff of 1s then 2s between the attempts, in virtual time.
    assertThat(thrice.elapsed()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void badActivityOptionsAreRefusedWithTheRuntimeMessages() {
    Map<String, Object> seen = new ConcurrentHashMap<>();
    Object result =
        start(
                "activity_option_errors",
                null,
                (type, args) -> {
                  seen.put(type, true);
                  return ActivityAnswer.value("ran");
                })
            .result(WAIT)
            .result();
    String prefix = "invalid temporal activity options for app:probe: ";
    assertThat(result)
        .isEqualTo(
            List.of(
                prefix
                    + "activity.heartbeat_timeout must be a duration string or milliseconds"
                    + " number, got bool",
                prefix
                    + "activity.start_to_close_timeout must be a duration string (e.g. \"5s\"):"
                    + " time: invalid duration \"soon\"",
                prefix
                    + "activity.schedule_to_close_timeout must be a duration string (e.g."
                    + " \"5s\"): time: unknown unit \"d\" in duration \"5d\"",
                prefix + "activity.task_queue cannot be empty",
                prefix + "activity.task_queue must be a string, got int64",
                prefix + "activity.retry_policy must be a table/map, got string",
                prefix
                    + "activity.retry_policy.maximum_attempts must be an integer number, got 1.5",
                prefix
                    + "activity.retry_policy.non_retryable_error_types must contain only strings,"
                    + " got int64",
                prefix + "activity.wait_for_cancellation must be a boolean, got string",
                prefix + "activity.disable_eager_execution must be a boolean, got int64",
                prefix + "activity.versioning_intent has invalid value \"sideways\"",
                prefix + "activity.summary must be a string, got map[string]interface {}",
                prefix + "activity.priority.priority_key must be an integer, got string",
                prefix + "activity.id must be a string, got bool"));
    assertThat(seen).isEmpty();
  }

  @Test
  void everyActivityOptionReachesTemporalAndNoScheduleToCloseIsInvented() {
    Map<String, ActivityInfo> infos = new ConcurrentHashMap<>();
    ActivityHandler probe =
        (type, args) -> {
          infos.put(args.get(0).toString(), Activity.getExecutionContext().getInfo());
          return ActivityAnswer.value(args.get(0));
        };
    WorkflowRun run = start("activity_options", null, probe);
    assertThat(completed(run.result(WAIT))).isEqualTo(Map.of("plain", "plain", "tuned", "tuned"));

    ActivityInfo plain = infos.get("plain");
    assertThat(plain.getStartToCloseTimeout()).isEqualTo(Duration.ofMinutes(10));
    // No schedule-to-close of wflow's own: the server's stand-in for a run without a timeout.
    assertThat(plain.getScheduleToCloseTimeout()).isGreaterThan(Duration.ofDays(365));
    assertThat(plain.getActivityTaskQueue()).isEqualTo("app-queue");

    ActivityInfo tuned = infos.get("tuned");
    assertThat(tuned.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(tuned.getScheduleToCloseTimeout()).isEqualTo(Duration.ofHours(2));
    assertThat(tuned.getHeartbeatTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(tuned.getPriority().getPriorityKey()).isEqualTo(2);
    assertThat(tuned.getPriority().getFairnessKey()).isEqualTo("tenant-a");
    assertThat(tuned.getPriority().getFairnessWeight()).isEqualTo(1.5f);

    // The test server keeps the retry policy and summary from the activity; the history has them.
    String history = run.historyJson().replaceAll("\\s+", "");
    assertThat(history)
        .contains(
            "\"retryPolicy\":{\"initialInterval\":\"2s\",\"backoffCoefficient\":3.0,"
                + "\"maximumInterval\":\"20s\",\"maximumAttempts\":4,"
                + "\"nonRetryableErrorTypes\":[\"Invalid\"]}")
        .contains("\"scheduleToStartTimeout\":\"90s\"")
        .contains("ImNoYXJnZSB0aGUgY2FyZCI"); // "charge the card" as a JSON payload
  }

  @Test
  void runsInOneEnvironmentMoveItsClockOnlyByTheirOwnTimers() {
    // Without a schedule-to-close each activity leaves a ten-year timer on the test server; the
    // clock must not jump to it whenever a run closes (thirty such jumps overflow it).
    Instant before = env.now();
    for (int i = 0; i < 5; i++) {
      RunOutcome o =
          start("activity_then_timer", null, (type, args) -> ActivityAnswer.value(1)).result(WAIT);
      assertThat(o.status()).as(String.valueOf(o.error())).isEqualTo(RunStatus.COMPLETED);
    }
    assertThat(Duration.between(before, env.now())).isLessThan(Duration.ofHours(6));
  }

  @Test
  void cancelEventCarriesThePlatformFields() {
    WorkflowRun run = start("cancel_event", null);
    run.sleep(Duration.ofMinutes(5));
    Instant wallClock = Instant.now();
    run.cancel();
    RunOutcome outcome = run.result(WAIT);
    Map<?, ?> event = (Map<?, ?>) outcome.result();
    assertThat(event.get("kind")).isEqualTo("pid.cancel");
    assertThat(event.get("from")).isEqualTo("{|topology}");
    assertThat(event.containsKey("reason")).isFalse();
    assertThat(event.containsKey("deadline")).isFalse();
    String at = event.get("at").toString();
    assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    // Workflow time, which the skipped five minutes put ahead of the wall clock.
    assertThat(Instant.parse(at)).isAfter(wallClock.plus(4, ChronoUnit.MINUTES));
  }

  @Test
  void sendToAWorkflowThatIsNotRunningIsNotFoundAndNotRetryable() {
    Map<?, ?> result = completed(start("send_missing", null).result(WAIT));
    assertThat(result.get("ok")).isNull();
    assertThat(result.get("kind")).isEqualTo("NotFound");
    assertThat(result.get("retryable")).isEqualTo(false);
    assertThat(result.get("message")).isEqualTo("unknown external workflow execution");
  }

  @Test
  void linksAndMonitorsInAWorkflowReturnNilAndTheRuntimeWording() {
    Map<?, ?> result = completed(start("unsupported_in_workflow", null).result(WAIT));
    assertThat(result.get("link"))
        .isEqualTo(
            Map.of(
                "ok",
                "nil",
                "kind",
                "Invalid",
                "retryable",
                false,
                "message",
                "process.link not supported in workflow context: Temporal doesn't support"
                    + " bidirectional linking"));
    assertThat(result.get("monitor"))
        .isEqualTo(
            Map.of(
                "ok",
                "nil",
                "kind",
                "Invalid",
                "retryable",
                false,
                "message",
                "process.monitor not supported in workflow context: child workflows are"
                    + " automatically monitored"));
    assertThat(((Map<?, ?>) result.get("unlink")).get("message"))
        .isEqualTo("process.unlink not supported in workflow context");
    assertThat(((Map<?, ?>) result.get("unmonitor")).get("ok")).isEqualTo("nil");
  }
}
