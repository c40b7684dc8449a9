package dev.wflow.temporal.workflow;

import dev.wflow.runtime.GoDuration;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Wippy call options (SPEC §6: {@code activity.start_to_close_timeout = "30s"}, legacy {@code
 * temporal.activity.*}, numbers in milliseconds) into {@link ActivityOptions}.
 *
 * <p>Defaults follow the platform: start-to-close 10 minutes and no retry policy (so Temporal
 * retries without limit). Schedule-to-close is always set — without it the test server keeps a
 * 10-year timer per activity and its clock overflows after a few dozen workflows.
 *
 * <pre>{@code
 * ActivityOptions o = ActivityOptionsMapping.build(Map.of("activity.start_to_close_timeout",
 *     "30s"), "orders");
 * }</pre>
 */
public final class ActivityOptionsMapping {

  static final Duration DEFAULT_START_TO_CLOSE = Duration.ofMinutes(10);
  static final Duration DEFAULT_SCHEDULE_TO_CLOSE = Duration.ofHours(24);

  private ActivityOptionsMapping() {}

  /** Strips {@code temporal.} and {@code activity.} prefixes: {@code start_to_close_timeout}. */
  static Map<String, Object> normalize(Map<String, ?> options) {
    Map<String, Object> out = new LinkedHashMap<>();
    options.forEach(
        (k, v) -> {
          String key = k.startsWith("temporal.") ? k.substring("temporal.".length()) : k;
          if (key.startsWith("activity.")) {
            out.put(key.substring("activity.".length()), v);
          } else if (!key.contains(".")) {
            out.put(key, v);
          }
        });
    return out;
  }

  /**
   * @param options flat option keys, later maps overriding earlier ones already merged
   * @param taskQueue the workflow's task queue (used unless {@code task_queue} is given)
   * @throws IllegalArgumentException for a bad duration or value
   */
  public static ActivityOptions build(Map<String, ?> options, String taskQueue) {
    Map<String, Object> o = normalize(options);
    Duration startToClose = duration(o.get("start_to_close_timeout"), DEFAULT_START_TO_CLOSE);
    Duration scheduleToClose = duration(o.get("schedule_to_close_timeout"), null);
    if (scheduleToClose == null) {
      scheduleToClose =
          startToClose.compareTo(DEFAULT_SCHEDULE_TO_CLOSE) > 0
              ? startToClose
              : DEFAULT_SCHEDULE_TO_CLOSE;
    }
    ActivityOptions.Builder b =
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(startToClose)
            .setScheduleToCloseTimeout(scheduleToClose)
            .setTaskQueue(o.get("task_queue") == null ? taskQueue : o.get("task_queue").toString());
    Duration toStart = duration(o.get("schedule_to_start_timeout"), null);
    if (toStart != null) {
      b.setScheduleToStartTimeout(toStart);
    }
    Duration heartbeat = duration(o.get("heartbeat_timeout"), null);
    if (heartbeat != null) {
      b.setHeartbeatTimeout(heartbeat);
    }
    if (o.get("retry_policy") instanceof Map<?, ?> retry) {
      b.setRetryOptions(retry(retry));
    }
    return b.build();
  }

  /**
   * A retry policy table; the runtime reads both spellings of each key ({@code maximum_attempts},
   * {@code maximumAttempts}).
   */
  public static RetryOptions retry(Map<?, ?> r) {
    RetryOptions.Builder b = RetryOptions.newBuilder();
    if (key(r, "maximum_attempts", "maximumAttempts") instanceof Number n) {
      b.setMaximumAttempts(n.intValue());
    }
    Duration initial = duration(key(r, "initial_interval", "initialInterval"), null);
    if (initial != null) {
      b.setInitialInterval(initial);
    }
    Duration max = duration(key(r, "maximum_interval", "maximumInterval"), null);
    if (max != null) {
      b.setMaximumInterval(max);
    }
    if (key(r, "backoff_coefficient", "backoffCoefficient") instanceof Number n) {
      b.setBackoffCoefficient(n.doubleValue());
    }
    if (key(r, "non_retryable_error_types", "nonRetryableErrorTypes") instanceof List<?> types) {
      b.setDoNotRetry(types.stream().map(String::valueOf).toArray(String[]::new));
    }
    return b.build();
  }

  private static Object key(Map<?, ?> r, String snake, String camel) {
    Object v = r.get(snake);
    return v != null ? v : r.get(camel);
  }

  /** A duration option: a Go string or a number of milliseconds. */
  public static Duration duration(Object value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number n) {
      return Duration.ofNanos((long) (n.doubleValue() * 1e6));
    }
    return GoDuration.parse(value.toString());
  }
}
