package dev.wflow.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wflow server}, {@code wflow worker}, {@code wflow start} and {@code wflow signal} as a
 * user runs them: each in its own process, against a real-time server on a free loopback port.
 */
class ClusterCommandsTest {

  static final Path PROJECT = Path.of("src/test/resources/projects/cluster").toAbsolutePath();
  private static final Duration LONG = Duration.ofMinutes(3);

  private static WflowProcess server;
  private static String address;
  private static WorkflowServiceStubs service;
  private static WorkflowClient client;

  @BeforeAll
  static void startServer() throws Exception {
    server = WflowProcess.start("server", "--port", "0");
    String line = server.awaitLine(l -> l.contains("listening on"), LONG);
    address = line.substring(line.lastIndexOf(' ') + 1);
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setNamespace("default").build());
  }

  @AfterAll
  static void stopServer() throws Exception {
    service.shutdownNow();
    server.terminate();
    assertThat(server.waitFor(LONG)).as("the server stops on SIGTERM with 0").isZero();
  }

  private static WflowProcess worker(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("-C", PROJECT.toString(), "worker", "--address", address, "--format", "json"));
    args.addAll(List.of(extra));
    WflowProcess w = WflowProcess.start(args.toArray(String[]::new));
    w.awaitLine(l -> l.contains("\"event\":\"serving\""), LONG);
    return w;
  }

  private static WorkflowStub start(String workflowId, Map<String, Object> input) {
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "app:greet",
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue("greetings")
                .build());
    stub.start(input);
    return stub;
  }

  private static long completedOn(WflowProcess worker) {
    return worker.lines().stream()
        .filter(l -> l.contains("\"kind\":\"workflow\"") && l.contains("\"phase\":\"completed\""))
        .count();
  }

  @Test
  void twoWorkersOnOneQueueShareTwoHundredWorkflows() throws Exception {
    try (WflowProcess a = worker();
        WflowProcess b = worker()) {
      List<CompletableFuture<Map>> results = new ArrayList<>();
      for (int n = 0; n < 200; n++) {
        WorkflowStub stub = start("share-" + n, Map.of("name", "P" + n, "n", n, "wait", "100ms"));
        results.add(stub.getResultAsync(Map.class));
      }
      for (int n = 0; n < 200; n++) {
        Map<?, ?> result = results.get(n).get(LONG.toSeconds(), TimeUnit.SECONDS);
        assertThat(result.get("greeting")).isEqualTo("Hello, Dr. P" + n + "!");
        assertThat(((Number) result.get("n")).intValue()).isEqualTo(n);
      }
      // Both took part: the workflow executions were split between them.
      long onA = completedOn(a);
      long onB = completedOn(b);
      assertThat(onA).isPositive();
      assertThat(onB).isPositive();
      assertThat(onA + onB).isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void aKilledWorkersWorkflowsFinishOnANewWorkerWithOneExecutionEach() throws Exception {
    List<WorkflowStub> stubs = new ArrayList<>();
    try (WflowProcess first = worker()) {
      for (int n = 0; n < 10; n++) {
        stubs.add(start("killed-" + n, Map.of("name", "K" + n, "n", n, "wait", "5s")));
      }
      // Every workflow has its first activity's result and waits on its timer.
      for (int n = 0; n < 10; n++) {
        awaitEvent("killed-" + n, EventType.EVENT_TYPE_TIMER_STARTED);
      }
      first.kill();
    }
    try (WflowProcess second = worker()) {
      for (int n = 0; n < 10; n++) {
        Map<?, ?> result = stubs.get(n).getResult(LONG.toSeconds(), TimeUnit.SECONDS, Map.class);
        assertThat(result.get("greeting")).isEqualTo("Hello, Dr. K" + n + "!");
        List<HistoryEvent> events = client.fetchHistory("killed-" + n).getEvents();
        assertThat(count(events, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)).isEqualTo(1);
        // The lookup before the kill was not run again: its recorded result was used.
        assertThat(count(events, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)).isEqualTo(2);
        assertThat(count(events, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)).isEqualTo(2);
        assertThat(count(events, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)).isEqualTo(1);
      }
      assertThat(completedOn(second)).isEqualTo(10);
    }
  }

  @Test
  void sigtermStopsTheWorkerGracefullyWithExitZero() throws Exception {
    WflowProcess w = worker("--grace", "5s");
    WorkflowStub stub = start("graceful-1", Map.of("name", "G", "n", 1, "wait", "200ms"));
    assertThat(stub.getResult(LONG.toSeconds(), TimeUnit.SECONDS, Map.class).get("greeting"))
        .isEqualTo("Hello, Dr. G!");
    w.terminate();
    assertThat(w.waitFor(LONG)).isZero();
    assertThat(w.lines())
        .anyMatch(l -> l.contains("\"event\":\"stopping\"") && l.contains("SIGTERM"));
    assertThat(w.lines())
        .anyMatch(l -> l.contains("\"event\":\"stopped\"") && l.contains("\"finished\":true"));
  }

  @Test
  void startWaitAndSignalFromTheShellAndAHistoryFromTheServerReplaysClean(@TempDir Path dir)
      throws Exception {
    try (WflowProcess w = worker()) {
      var started =
          CliRunner.run(
              "-C",
              PROJECT.toString(),
              "start",
              "app:greet",
              "--address",
              address,
              "--id",
              "shell-1",
              "--input",
              "{\"name\":\"Ann\",\"n\":7,\"wait\":\"100ms\"}",
              "--wait",
              "--format",
              "json");
      assertThat(started.exitCode()).as(started.err()).isZero();
      assertThat(started.out())
          .contains("\"workflowId\": \"shell-1\"")
          .contains("\"status\": \"completed\"")
          .contains("Hello, Dr. Ann!");

      Path history = dir.resolve("shell-1.json");
      Files.writeString(history, client.fetchHistory("shell-1").toJson(true));
      var replay = CliRunner.run("-C", PROJECT.toString(), "replay", history.toString());
      assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();

      var missing =
          CliRunner.run(
              "-C", PROJECT.toString(), "signal", "no-such-run", "hello", "--address", address);
      assertThat(missing.exitCode()).isEqualTo(1);
      assertThat(missing.err()).contains("no running workflow no-such-run");
    }
  }

  @Test
  void aWorkerWaitsForAServerThatIsNotThereAndSaysSo() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WflowProcess w =
        WflowProcess.start(
            "-C",
            PROJECT.toString(),
            "worker",
            "--address",
            "127.0.0.1:" + port,
            "--format",
            "json");
    w.awaitLine(l -> l.contains("\"event\":\"unreachable\""), LONG);
    w.terminate();
    assertThat(w.waitFor(LONG)).isEqualTo(1);
    assertThat(w.stderr()).contains("stopped before 127.0.0.1:" + port + " could be reached");
    assertThat(w.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static long count(List<HistoryEvent> events, EventType type) {
    return events.stream().filter(e -> e.getEventType() == type).count();
  }

  private static void awaitEvent(String workflowId, EventType type) throws InterruptedException {
    long deadline = System.nanoTime() + LONG.toNanos();
    while (System.nanoTime() < deadline) {
      if (count(client.fetchHistory(workflowId).getEvents(), type) > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(workflowId + " never reached " + type);
  }
}
