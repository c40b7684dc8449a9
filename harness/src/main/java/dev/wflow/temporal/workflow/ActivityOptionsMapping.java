package dev.wflow.temporal.workflow;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.util.Map;

/**
 * Turns Wippy call options (flat keys: {@code activity.start_to_close_timeout = "30s"}, also with
 * the legacy {@code temporal.} prefix; durations as Go strings or milliseconds) into {@link
 * ActivityOptions}, reading every key the runtime's option parser reads, with its validation
 * messages.
 *
 * <p>Defaults follow the platform: the workflow's task queue, start-to-close 10 minutes, no
 * schedule-to-close and no retry policy (so Temporal retries without limit).
 *
 * <pre>{@code
 * ActivityOptions o = ActivityOptionsMapping.build(Map.of("activity.start_to_close_timeout",
 *     "30s"), "orders");
 * }</pre>
 */
public final class ActivityOptionsMapping {

  static final Duration DEFAULT_START_TO_CLOSE = Duration.ofMinutes(10);

  private ActivityOptionsMapping() {}

  /**
   * @param options flat option keys, later maps overriding earlier ones already merged
   * @param taskQueue the workflow's task queue (used unless {@code activity.task_queue} is given)
   * @throws IllegalArgumentException for a bad value, with the runtime's message
   */
  public static ActivityOptions build(Map<String, ?> options, String taskQueue) {
    ActivityOptions.Builder b =
        ActivityOptions.newBuilder()
            .setTaskQueue(taskQueue)
            .setStartToCloseTimeout(DEFAULT_START_TO_CLOSE);
    Keys o = new Keys(options);
    // activity.id is read for its validation only: the Java SDK always names activities itself.
    o.ifSet("id", OptionReader::string);
    o.ifSet("task_queue", OptionReader::nonEmpty, b::setTaskQueue);
    o.ifSet("schedule_to_close_timeout", OptionReader::duration, b::setScheduleToCloseTimeout);
    o.ifSet("schedule_to_start_timeout", OptionReader::duration, b::setScheduleToStartTimeout);
    o.ifSet("start_to_close_timeout", OptionReader::duration, b::setStartToCloseTimeout);
    o.ifSet("heartbeat_timeout", OptionReader::duration, b::setHeartbeatTimeout);
    o.ifSet(
        "wait_for_cancellation",
        OptionReader::bool,
        wait ->
            b.setCancellationType(
                wait
                    ? ActivityCancellationType.WAIT_CANCELLATION_COMPLETED
                    : ActivityCancellationType.TRY_CANCEL));
    o.ifSet("retry_policy", OptionReader::retryPolicy, b::setRetryOptions);
    o.ifSet("disable_eager_execution", OptionReader::bool, b::setDisableEagerExecution);
    o.ifSet("versioning_intent", OptionReader::versioningIntent, b::setVersioningIntent);
    o.ifSet("summary", OptionReader::string, b::setSummary);
    o.ifSet("priority", OptionReader::priority, b::setPriority);
    return b.build();
  }

  /** The {@code activity.*} keys of one bag, each also found under its legacy spelling. */
  private record Keys(Map<String, ?> options) {

    <T> void ifSet(String name, Reader<T> reader, java.util.function.Consumer<T> apply) {
      String key = "activity." + name;
      Object value = options.get(key);
      if (value == null) {
        value = options.get("temporal." + key);
      }
      if (value != null) {
        apply.accept(reader.read(key, value));
      }
    }

    <T> void ifSet(String name, Reader<T> reader) {
      ifSet(name, reader, v -> {});
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(String key, Object value);
  }
}
