package dev.wflow.temporal;

import dev.wflow.temporal.workflow.OptionReader;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the platform's start option keys ({@code workflow.id}, {@code workflow.id_conflict_policy},
 * {@code workflow.retry_policy}, … also with the legacy {@code temporal.} prefix) into {@link
 * WorkflowOptions}, with the platform's defaults for an ID that is already in use: an explicit ID
 * joins the running workflow (use existing), a generated one must be fresh.
 *
 * <pre>{@code
 * WorkflowStartMapping m = WorkflowStartMapping.of(Map.of("workflow.id", "order-1"));
 * m.apply(builder);          // builder.setWorkflowIdConflictPolicy(USE_EXISTING), ...
 * }</pre>
 */
final class WorkflowStartMapping {

  private final Map<String, Object> options;

  private WorkflowStartMapping(Map<String, Object> options) {
    this.options = options;
  }

  /** Keys without their {@code temporal.} prefix. */
  static WorkflowStartMapping of(Map<String, ?> raw) {
    Map<String, Object> o = new LinkedHashMap<>();
    raw.forEach((k, v) -> o.put(k.startsWith("temporal.") ? k.substring(9) : k, v));
    return new WorkflowStartMapping(o);
  }

  /** {@code workflow.id}, or null for a generated ID. */
  String workflowId() {
    Object id = options.get("workflow.id");
    return id == null || id.toString().isEmpty() ? null : id.toString();
  }

  /** {@code workflow.task_queue}, or null for the host's queue. */
  String taskQueue() {
    Object q = options.get("workflow.task_queue");
    return q == null ? null : q.toString();
  }

  /**
   * Whether a start that finds the ID running joins that run instead of failing, as {@code host.go}
   * decides it.
   */
  boolean useExistingOnConflict(boolean explicitId) {
    WorkflowIdConflictPolicy policy = conflictPolicy(explicitId);
    if (policy == WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING) {
      return true;
    }
    if (policy == WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL) {
      return false;
    }
    return !errorWhenStarted(explicitId);
  }

  private boolean errorWhenStarted(boolean explicitId) {
    Object v = options.get("workflow.execution_error_when_already_started");
    return v instanceof Boolean b ? b : !explicitId;
  }

  private WorkflowIdConflictPolicy conflictPolicy(boolean explicitId) {
    Object v = options.get("workflow.id_conflict_policy");
    if (v == null) {
      return errorWhenStarted(explicitId)
          ? WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL
          : WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING;
    }
    return WorkflowIdConflictPolicy.valueOf(
        "WORKFLOW_ID_CONFLICT_POLICY_" + enumName(v, "WORKFLOW_ID_CONFLICT_POLICY_"));
  }

  /** Sets every option the platform reads; a bad value is an {@link IllegalArgumentException}. */
  void apply(WorkflowOptions.Builder b, boolean explicitId) {
    b.setWorkflowIdConflictPolicy(conflictPolicy(explicitId));
    Object reuse = options.get("workflow.id_reuse_policy");
    if (reuse != null) {
      b.setWorkflowIdReusePolicy(
          WorkflowIdReusePolicy.valueOf(
              "WORKFLOW_ID_REUSE_POLICY_" + enumName(reuse, "WORKFLOW_ID_REUSE_POLICY_")));
    }
    Duration execution = duration("workflow.execution_timeout");
    if (execution != null) {
      b.setWorkflowExecutionTimeout(execution);
    }
    Duration run = duration("workflow.run_timeout");
    if (run != null) {
      b.setWorkflowRunTimeout(run);
    }
    Duration task = duration("workflow.task_timeout");
    if (task != null) {
      b.setWorkflowTaskTimeout(task);
    }
    Duration delay = duration("workflow.start_delay");
    if (delay != null) {
      b.setStartDelay(delay);
    }
    Object retry = options.get("workflow.retry_policy");
    if (retry != null) {
      b.setRetryOptions(OptionReader.retryPolicy("workflow.retry_policy", retry));
    }
    if (options.get("workflow.cron_schedule") instanceof String cron && !cron.isEmpty()) {
      b.setCronSchedule(cron);
    }
    if (options.get("workflow.memo") instanceof Map<?, ?> memo) {
      Map<String, Object> m = new LinkedHashMap<>();
      memo.forEach((k, v) -> m.put(String.valueOf(k), v));
      b.setMemo(m);
    }
    if (options.get("workflow.search_attributes") instanceof Map<?, ?> search) {
      Map<String, Object> s = new LinkedHashMap<>();
      search.forEach((k, v) -> s.put(String.valueOf(k), v));
      b.setSearchAttributes(s);
    }
  }

  private Duration duration(String key) {
    Object value = options.get(key);
    return value == null ? null : OptionReader.duration(key, value);
  }

  /** {@code "use_existing"}, {@code "USE_EXISTING"} or the full enum name: {@code USE_EXISTING}. */
  private static String enumName(Object v, String prefix) {
    String s = v.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }
}
