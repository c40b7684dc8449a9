package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderWorkflowTest {

  static final String ORDER =
      """
      local funcs = require("funcs")
      local time = require("time")

      local function main(order)
          local payment, err = funcs.call("app:charge_payment", {
              amount = order.total,
              customer = order.customer_id
          })
          if err then
              return {status = "failed", error = tostring(err)}
          end
          time.sleep("1h")
          local shipment, err = funcs.call("app:ship_order", {
              order_id = order.id,
              address = order.shipping_address
          })
          if err then
              funcs.call("app:refund_payment", payment.id)
              return {status = "failed", error = tostring(err)}
          end
          return {
              status = "completed",
              payment_id = payment.id,
              tracking = shipment.tracking_number
          }
      end

      return { main = main }
      """;

  @Test
  void documentedOrderWorkflowCompletesWithMocksAndSkippedHour() {
    var project =
        Projects.create()
            .workflow("app:order_workflow", ORDER, "funcs", "time")
            .activity(
                "app:ship_order",
                "return function(req) return {tracking_number = 'T-' .. req.order_id} end")
            .build();
    try (LocalEnvironment env = LocalEnvironment.start(project, EnvironmentOptions.defaults())) {
      WorkflowRun run =
          env.start(
              "app:order_workflow",
              List.of(Map.of("id", "o1", "total", 42, "customer_id", "c1")),
              StartOptions.newBuilder()
                  .handler(ActivityHandler.fixed("app:charge_payment", Map.of("id", "pay-1")))
                  .build());
      RunOutcome outcome = run.result(Duration.ofSeconds(30));
      assertThat(outcome.error()).isNull();
      assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(outcome.result())
          .isEqualTo(Map.of("status", "completed", "payment_id", "pay-1", "tracking", "T-o1"));
      assertThat(outcome.elapsedSeconds()).isEqualTo(3600L);
      assertThat(run.calls("app:charge_payment")).hasSize(1);
      assertThat(run.calls("app:charge_payment").get(0).args())
          .isEqualTo(List.of(Map.of("amount", 42, "customer", "c1")));
      assertThat(env.replay(run.historyJson()).clean()).isTrue();
    }
  }
}
