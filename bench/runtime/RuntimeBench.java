// Lua workflow vs hand-written Java DynamicWorkflow on the same in-memory Temporal server.
//
//   mvn -q -B -DskipTests package -pl cli -am
//   java -cp cli/target/wflow.jar bench/runtime/RuntimeBench.java [N]
//
// Both workflows call two activities and sleep 1 h and 24 h (skipped); both are served by the
// same Java activity, so the difference is the workflow side: LuaJ plus wflow's binding.

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.LuaWorkflow;
import dev.wflow.temporal.SearchAttributeCatalog;
import dev.wflow.temporal.WorkflowBinding;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.DynamicActivity;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.EncodedValues;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.DynamicWorkflow;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class RuntimeBench {

  static final String LUA =
      """
      return function(order)
          local payment, err = funcs.call("app:charge", {amount = order.total})
          if err then return nil, err end
          time.sleep("1h")
          local shipment = funcs.call("app:ship", {id = order.id, payment = payment.id})
          time.sleep("24h")
          return {status = "completed", payment = payment.id, tracking = shipment.id}
      end
      """;

  /** The same workflow written by hand in Java. */
  public static class JavaOrder implements DynamicWorkflow {
    @Override
    public Object execute(EncodedValues args) {
      Map<?, ?> order = args.get(0, Map.class);
      ActivityStub stub =
          Workflow.newUntypedActivityStub(
              ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.ofMinutes(10))
                  .setScheduleToCloseTimeout(Duration.ofHours(24))
                  .build());
      Map<?, ?> payment = stub.execute("app:charge", Map.class, Map.of("amount", order.get("total")));
      Workflow.sleep(Duration.ofHours(1));
      Map<?, ?> shipment =
          stub.execute("app:ship", Map.class, Map.of("id", order.get("id"), "payment", payment.get("id")));
      Workflow.sleep(Duration.ofHours(24));
      return Map.of("status", "completed", "payment", payment.get("id"), "tracking", shipment.get("id"));
    }
  }

  /** Answers both activities for both workflows. */
  public static class Echo implements DynamicActivity {
    @Override
    public Object execute(EncodedValues args) {
      return Map.of("id", "x-" + args.get(0, Map.class).size());
    }
  }

  public static void main(String[] argv) throws Exception {
    int n = argv.length > 0 ? Integer.parseInt(argv[0]) : 200;
    LuaProject project =
        new LuaProject(
            List.of(new LuaEntry("app:order", "workflow.lua", "order.lua", LUA, "main",
                List.of("funcs", "time"), Map.of(), Map.of())),
            Map.of());
    WorkflowBinding binding =
        new WorkflowBinding(project, Set.of("lua"), SearchAttributeCatalog.fixed(Map.of()),
            Duration.ofSeconds(2), line -> {}, null);
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker lua = env.newWorker("lua");
      lua.registerWorkflowImplementationFactory(DynamicWorkflow.class, () -> new LuaWorkflow(binding));
      lua.registerActivitiesImplementations(new Echo());
      Worker java = env.newWorker("java");
      java.registerWorkflowImplementationTypes(JavaOrder.class);
      java.registerActivitiesImplementations(new Echo());
      env.start();
      // Interleaved, because the test server gets slower as its state grows: running one side
      // after the other would charge that growth to the second side.
      for (int i = 0; i < n / 4; i++) { // warm-up, not measured
        run(env, "lua", i);
        run(env, "java", i);
      }
      long luaNanos = 0;
      long javaNanos = 0;
      for (int i = 0; i < n; i++) {
        luaNanos += run(env, "lua", n + i);
        javaNanos += run(env, "java", n + i);
      }
      double luaMs = luaNanos / 1e6 / n;
      double javaMs = javaNanos / 1e6 / n;
      System.out.printf("workflows per side: %d (after %d warm-up)%n", n, n / 4);
      System.out.printf("Lua under wflow:        %.2f ms/workflow%n", luaMs);
      System.out.printf("Java DynamicWorkflow:   %.2f ms/workflow%n", javaMs);
      System.out.printf("ratio Lua/Java:         %.2f (target <= 1.3)%n", luaMs / javaMs);
    }
  }

  /** Runs one workflow to completion; returns its wall time in nanoseconds. */
  static long run(TestWorkflowEnvironment env, String queue, int i) {
    long start = System.nanoTime();
    var stub =
        env.getWorkflowClient()
            .newUntypedWorkflowStub(
                "app:order",
                WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(queue + "-" + i).build());
    stub.start(Map.of("id", "o" + i, "total", 42));
    Object result = stub.getResult(Object.class);
    if (!(result instanceof Map<?, ?> m) || !"completed".equals(m.get("status"))) {
      throw new IllegalStateException(queue + " run " + i + " returned " + result);
    }
    return System.nanoTime() - start;
  }
}
