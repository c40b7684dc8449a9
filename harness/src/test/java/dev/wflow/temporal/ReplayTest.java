package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.HistoryReplayer;
import dev.wflow.temporal.history.ReplayReport;
import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

  private static final ActivityHandler ANSWER_ALL =
      (type, args) -> ActivityAnswer.value(Map.of("id", "x", "tracking_number", "T"));

  @Test
  void aVersionedChangeReplaysOldHistoriesOnTheOldBranch() {
    var v1 =
        Projects.create()
            .workflow("app:pay", Projects.resource("versioned_v1"), "funcs", "time", "workflow")
            .build();
    var v2 =
        Projects.create()
            .workflow("app:pay", Projects.resource("versioned_v2"), "funcs", "time", "workflow")
            .build();
    String oldHistory;
    try (LocalEnvironment env = LocalEnvironment.start(v1, EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start("app:pay", List.of(), StartOptions.newBuilder().handler(ANSWER_ALL).build());
      assertThat(run.result(Duration.ofSeconds(30)).status()).isEqualTo(RunStatus.COMPLETED);
      oldHistory = run.historyJson();
    }
    assertThat(HistoryReplayer.replay(v2, oldHistory).clean()).isTrue();
    try (LocalEnvironment env = LocalEnvironment.start(v2, EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start("app:pay", List.of(), StartOptions.newBuilder().handler(ANSWER_ALL).build());
      assertThat(run.result(Duration.ofSeconds(30)).result())
          .isEqualTo(Map.of("v", 2, "paid", Map.of("id", "x", "tracking_number", "T")));
      assertThat(run.calls("app:new_payment")).hasSize(1);
    }
  }

  @Test
  void replayIsCleanForUnchangedCodeAndPointsAtTheLineThatNowDiverges() {
    var original =
        Projects.create().workflow("app:order", OrderWorkflowTest.ORDER, "funcs", "time").build();
    String history;
    try (LocalEnvironment env = LocalEnvironment.start(original, EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start(
              "app:order",
              List.of(Map.of("id", "o1", "total", 1)),
              StartOptions.newBuilder().handler(ANSWER_ALL).build());
      assertThat(run.result(Duration.ofSeconds(30)).status()).isEqualTo(RunStatus.COMPLETED);
      history = run.historyJson();
    }
    assertThat(HistoryReplayer.replay(original, history).clean()).isTrue();

    String withoutSleep = OrderWorkflowTest.ORDER.replace("time.sleep(\"1h\")", "-- no sleep");
    var changed = Projects.create().workflow("app:order", withoutSleep, "funcs", "time").build();
    ReplayReport report = HistoryReplayer.replay(changed, history);
    assertThat(report.clean()).isFalse();
    assertThat(report.workflowType()).isEqualTo("app:order");
    assertThat(report.eventId()).isEqualTo(11);
    assertThat(report.message()).contains("EVENT_TYPE_TIMER_STARTED");
    assertThat(report.where()).isEqualTo("src/order.lua:13");
  }
}
