package bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peer of bench/test's 200 generated wflow tests, as a Java user of Temporal would write them:
 * the same workflow and activities in Java, one {@link TestWorkflowEnvironment} per test (time
 * skipping on, its default), both activities mocked, and the same checks on the result, the
 * elapsed workflow time and the calls. With {@code -Dbench.replay=true} each run's history is also
 * replayed against the workflow, as {@code wflow test} does by default.
 */
class OrderWorkflowTest {

  static final String QUEUE = "bench";

  @WorkflowInterface
  public interface OrderWorkflow {
    @WorkflowMethod
    Map<String, String> main(Map<String, Object> order);
  }

  @ActivityInterface
  public interface Activities {
    Map<String, String> charge(Map<String, Object> order);

    Map<String, String> ship(Map<String, Object> request);
  }

  public static class OrderWorkflowImpl implements OrderWorkflow {
    private final Activities activities =
        Workflow.newActivityStub(
            Activities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public Map<String, String> main(Map<String, Object> order) {
      Map<String, String> payment = activities.charge(order);
      Workflow.sleep(Duration.ofHours(24));
      Map<String, String> shipment = activities.ship(Map.of("id", order.get("id")));
      return Map.of(
          "status", "shipped", "payment", payment.get("id"), "tracking", shipment.get("tracking"));
    }
  }

  /** Both mocks: a fixed payment, and a shipment computed from the request; charges counted. */
  static final class MockActivities implements Activities {
    final String paymentId;
    final AtomicInteger charges = new AtomicInteger();

    MockActivities(String paymentId) {
      this.paymentId = paymentId;
    }

    @Override
    public Map<String, String> charge(Map<String, Object> order) {
      charges.incrementAndGet();
      return Map.of("id", paymentId);
    }

    @Override
    public Map<String, String> ship(Map<String, Object> request) {
      return Map.of("tracking", "T-" + request.get("id"));
    }
  }

  static Stream<Arguments> cases() {
    int files = Integer.getInteger("bench.files", 50);
    int perFile = Integer.getInteger("bench.perFile", 4);
    return IntStream.rangeClosed(1, files)
        .boxed()
        .flatMap(n -> IntStream.rangeClosed(1, perFile).mapToObj(k -> Arguments.of(n, k)));
  }

  private TestWorkflowEnvironment env;

  @BeforeEach
  void startEnvironment() {
    env = TestWorkflowEnvironment.newInstance();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  @ParameterizedTest(name = "order {0} case {1}")
  @MethodSource("cases")
  void shipsAfterADay(int n, int k) throws Exception {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
    MockActivities mocks = new MockActivities("pay-" + n + "-" + k);
    worker.registerActivitiesImplementations(mocks);
    env.start();

    WorkflowClient client = env.getWorkflowClient();
    OrderWorkflow workflow =
        client.newWorkflowStub(
            OrderWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build());
    Map<String, String> result = workflow.main(Map.of("id", "o" + n + "-" + k, "total", k));
    // Workflow time from its history, first event to last: the server's clock itself jumps ahead
    // to pending timeouts once the run is closed.
    WorkflowExecutionHistory history =
        client.fetchHistory(WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId());
    List<HistoryEvent> events = history.getEvents();
    long elapsed =
        events.get(events.size() - 1).getEventTime().getSeconds()
            - events.get(0).getEventTime().getSeconds();

    assertEquals("shipped", result.get("status"));
    assertEquals("pay-" + n + "-" + k, result.get("payment"));
    assertEquals("T-o" + n + "-" + k, result.get("tracking"));
    assertTrue(elapsed >= 86400 && elapsed <= 86405, "elapsed " + elapsed);
    assertEquals(1, mocks.charges.get());

    if (Boolean.getBoolean("bench.replay")) {
      WorkflowReplayer.replayWorkflowExecution(history, OrderWorkflowImpl.class);
    }
  }
}
