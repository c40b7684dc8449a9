package dev.wflow.temporal;

import dev.wflow.runtime.GoDuration;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code temporal.worker} entry's {@code worker_options}, read as the platform reads them
 * (concurrency limits, poller counts, rates, sticky and stop timeouts) and applied to the Java
 * SDK's {@link WorkerOptions}.
 *
 * <pre>{@code
 * WorkerTuning tuning = WorkerTuning.parse(Map.of(
 *     "max_concurrent_activity_execution_size", 10,
 *     "worker_stop_timeout", "30s"));
 * tuning.stopTimeout();   // Optional[PT30S]
 * }</pre>
 *
 * <p>Keys the Java SDK has no counterpart for (sessions, deployment versioning) are listed by
 * {@link #unsupported()} so a command can say they are ignored; unknown keys are ignored, as the
 * platform's JSON decoding ignores them.
 */
public final class WorkerTuning {

  private static final List<String> INTEGERS =
      List.of(
          "max_concurrent_activity_execution_size",
          "max_concurrent_workflow_task_execution_size",
          "max_concurrent_local_activity_execution_size",
          "max_concurrent_activity_task_pollers",
          "max_concurrent_workflow_task_pollers");
  private static final List<String> RATES =
      List.of("worker_activities_per_second", "task_queue_activities_per_second");
  private static final List<String> DURATIONS =
      List.of(
          "sticky_schedule_to_start_timeout",
          "worker_stop_timeout",
          "deadlock_detection_timeout",
          "max_heartbeat_throttle_interval",
          "default_heartbeat_throttle_interval");
  private static final List<String> FLAGS =
      List.of("disable_eager_activities", "local_activity_worker_only");
  private static final List<String> UNSUPPORTED =
      List.of(
          "max_concurrent_session_execution_size",
          "max_concurrent_eager_activity_execution_size",
          "worker_local_activities_per_second",
          "enable_session_worker",
          "disable_workflow_worker",
          "disable_registration_aliasing",
          "use_versioning",
          "build_id",
          "build_id_env",
          "deployment_name",
          "default_versioning_behavior",
          "enable_logging_in_replay");

  private final Map<String, Integer> integers = new LinkedHashMap<>();
  private final Map<String, Double> rates = new LinkedHashMap<>();
  private final Map<String, Duration> durations = new LinkedHashMap<>();
  private final Map<String, Boolean> flags = new LinkedHashMap<>();
  private final List<String> unsupported;
  private final String identity;

  private WorkerTuning(Map<String, Object> options) {
    for (String key : INTEGERS) {
      value(options, key).ifPresent(v -> integers.put(key, positiveInteger(key, v)));
    }
    for (String key : RATES) {
      value(options, key).ifPresent(v -> rates.put(key, rate(key, v)));
    }
    for (String key : DURATIONS) {
      value(options, key).ifPresent(v -> durations.put(key, duration(key, v)));
    }
    for (String key : FLAGS) {
      value(options, key).ifPresent(v -> flags.put(key, flag(key, v)));
    }
    Integer pollers = integers.get("max_concurrent_workflow_task_pollers");
    if (pollers != null && pollers == 1) {
      // The platform refuses it too: a sticky queue needs a poller of its own beside the normal
      // one.
      throw new IllegalArgumentException(
          "worker_options.max_concurrent_workflow_task_pollers must not be 1 (use 2 or more)");
    }
    this.unsupported = UNSUPPORTED.stream().filter(options::containsKey).toList();
    this.identity = value(options, "identity").map(Object::toString).orElse(null);
  }

  /**
   * Reads {@code worker_options}.
   *
   * @throws IllegalArgumentException naming the key, when a value has the wrong type or range
   */
  public static WorkerTuning parse(Map<String, Object> workerOptions) {
    return new WorkerTuning(workerOptions == null ? Map.of() : workerOptions);
  }

  /** No options: the SDK's defaults. */
  public static WorkerTuning defaults() {
    return parse(Map.of());
  }

  /** Sets what these options say on {@code builder}; the rest stays as the builder has it. */
  public WorkerOptions.Builder applyTo(WorkerOptions.Builder builder) {
    ifSet(
        integers,
        "max_concurrent_activity_execution_size",
        builder::setMaxConcurrentActivityExecutionSize);
    ifSet(
        integers,
        "max_concurrent_workflow_task_execution_size",
        builder::setMaxConcurrentWorkflowTaskExecutionSize);
    ifSet(
        integers,
        "max_concurrent_local_activity_execution_size",
        builder::setMaxConcurrentLocalActivityExecutionSize);
    ifSet(
        integers,
        "max_concurrent_activity_task_pollers",
        builder::setMaxConcurrentActivityTaskPollers);
    ifSet(
        integers,
        "max_concurrent_workflow_task_pollers",
        builder::setMaxConcurrentWorkflowTaskPollers);
    ifSet(rates, "worker_activities_per_second", builder::setMaxWorkerActivitiesPerSecond);
    ifSet(rates, "task_queue_activities_per_second", builder::setMaxTaskQueueActivitiesPerSecond);
    ifSet(
        durations,
        "sticky_schedule_to_start_timeout",
        builder::setStickyQueueScheduleToStartTimeout);
    ifSet(
        durations,
        "deadlock_detection_timeout",
        d -> builder.setDefaultDeadlockDetectionTimeout(d.toMillis()));
    ifSet(durations, "max_heartbeat_throttle_interval", builder::setMaxHeartbeatThrottleInterval);
    ifSet(
        durations,
        "default_heartbeat_throttle_interval",
        builder::setDefaultHeartbeatThrottleInterval);
    ifSet(flags, "disable_eager_activities", builder::setDisableEagerExecution);
    ifSet(flags, "local_activity_worker_only", builder::setLocalActivityWorkerOnly);
    if (identity != null) {
      builder.setIdentity(identity);
    }
    return builder;
  }

  /** {@code worker_stop_timeout}: how long a graceful stop waits for tasks in flight. */
  public Optional<Duration> stopTimeout() {
    return Optional.ofNullable(durations.get("worker_stop_timeout"));
  }

  /** {@code deadlock_detection_timeout}, when set. */
  public Optional<Duration> deadlockDetectionTimeout() {
    return Optional.ofNullable(durations.get("deadlock_detection_timeout"));
  }

  /** Keys given that the Java SDK cannot honour; they are ignored. */
  public List<String> unsupported() {
    return unsupported;
  }

  private static Optional<Object> value(Map<String, Object> options, String key) {
    return Optional.ofNullable(options.get(key));
  }

  private static <T> void ifSet(
      Map<String, T> values, String key, java.util.function.Consumer<T> setter) {
    T v = values.get(key);
    if (v != null) {
      setter.accept(v);
    }
  }

  private static int positiveInteger(String key, Object v) {
    if (v instanceof Number n
        && n.doubleValue() == Math.rint(n.doubleValue())
        && n.longValue() > 0
        && n.longValue() <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw new IllegalArgumentException(
        "worker_options." + key + " must be a positive whole number, got " + v);
  }

  private static double rate(String key, Object v) {
    if (v instanceof Number n && n.doubleValue() >= 0 && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        "worker_options." + key + " must be a number of at least 0, got " + v);
  }

  private static Duration duration(String key, Object v) {
    try {
      Duration d = GoDuration.parse(v.toString());
      if (!d.isNegative()) {
        return d;
      }
    } catch (IllegalArgumentException e) {
      // reported below with the key's name
    }
    throw new IllegalArgumentException(
        "worker_options." + key + " must be a duration such as \"30s\" or \"2m\", got " + v);
  }

  private static boolean flag(String key, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(
        "worker_options." + key + " must be true or false, got " + v);
  }
}
