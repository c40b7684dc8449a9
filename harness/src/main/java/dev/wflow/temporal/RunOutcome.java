package dev.wflow.temporal;

import dev.wflow.temporal.history.ActivityCall;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.RunStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a workflow run ended, as {@link WorkflowRun#result} reports it.
 *
 * <pre>{@code
 * RunOutcome o = run.result(Duration.ofSeconds(30));
 * if (o.status() == RunStatus.COMPLETED) use(o.result());
 * else System.err.println(o.error().kind() + ": " + o.error().message());
 * }</pre>
 *
 * @param status the final status
 * @param result the returned value (plain Java JSON) when completed, or when canceled and the
 *     workflow noticed the cancellation and returned a value (the platform completes such a run)
 * @param error the failure when not completed and nothing was returned
 * @param elapsedSeconds whole virtual seconds from start to close
 * @param historyLength events in the (last run's) history
 * @param activities the activity calls in order
 */
public record RunOutcome(
    RunStatus status,
    Object result,
    ErrorInfo error,
    long elapsedSeconds,
    int historyLength,
    List<ActivityCall> activities) {

  /** The object {@code wflow run --format json} prints (DESIGN §4). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.label());
    m.put("result", result);
    m.put("error", error == null ? null : error.toJson());
    m.put(
        "elapsed",
        elapsedSeconds == Math.rint(elapsedSeconds)
            ? (Object) (long) elapsedSeconds
            : elapsedSeconds);
    m.put("historyLength", historyLength);
    m.put("activities", activities.stream().map(ActivityCall::toJson).toList());
    return m;
  }
}
