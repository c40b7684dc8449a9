package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplaysTest {

  @Test
  void commandMismatchIsSaidInTheWorkflowsTerms() {
    String temporal =
        "query failure for workflow_id: \"x\"\n, error=io.temporal.worker.NonDeterministicException:"
            + " [TMPRL1100] Failure handling event 11 of type 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED'"
            + " during replay. [TMPRL1100] Command COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK doesn't match"
            + " event EVENT_TYPE_ACTIVITY_TASK_SCHEDULED with EventId=11 on check activityType with"
            + " an expected value 'name: \"det:step_a\"\n' and an actual value 'name:"
            + " \"det:step_b\"\n'. {WorkflowTaskStartedEventId=9}\n\tat io.temporal.Foo.bar(Foo.java:1)";
    assertThat(Replays.explain(temporal))
        .isEqualTo(
            "the history has activityType det:step_a there, the code now issues det:step_b"
                + " (COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK against EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)");
  }

  @Test
  void otherMessagesLoseTheQueryWrapperAndStackTrace() {
    String temporal =
        "query failure, error=io.temporal.worker.NonDeterministicException: [TMPRL1100]"
            + " missing command\n\tat io.temporal.Foo.bar(Foo.java:1)";
    assertThat(Replays.explain(temporal)).isEqualTo("[TMPRL1100] missing command");
  }
}
