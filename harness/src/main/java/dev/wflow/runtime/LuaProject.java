package dev.wflow.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a loaded project the runtime uses: its Lua entries and its workers' task queues.
 *
 * <pre>{@code
 * LuaProject project = new LuaProject(List.of(workflowEntry, activityEntry),
 *     Map.of("app:worker", "orders"));
 * project.entry("app:order_workflow").orElseThrow();
 * }</pre>
 *
 * @param entries every Lua entry (workflows, functions, processes, libraries)
 * @param taskQueues {@code temporal.worker} entry ID to its {@code task_queue}
 * @param policies its {@code security.policy} entries
 */
public record LuaProject(
    List<LuaEntry> entries,
    Map<String, String> taskQueues,
    Map<String, String> clients,
    dev.wflow.runtime.security.PolicyCatalog policies) {

  /** The queue used when an entry names no worker. */
  public static final String DEFAULT_TASK_QUEUE = "default";

  public LuaProject {
    entries = List.copyOf(entries);
    taskQueues = Map.copyOf(taskQueues);
    clients = Map.copyOf(clients);
  }

  /** A project without security policies. */
  public LuaProject(
      List<LuaEntry> entries, Map<String, String> taskQueues, Map<String, String> clients) {
    this(entries, taskQueues, clients, dev.wflow.runtime.security.PolicyCatalog.EMPTY);
  }

  /** A project whose workers name no {@code temporal.client}. */
  public LuaProject(List<LuaEntry> entries, Map<String, String> taskQueues) {
    this(entries, taskQueues, Map.of());
  }

  /** The {@code temporal.client} entry a worker connects through ({@code wflow} when none). */
  public String clientOf(String worker) {
    return clients.getOrDefault(worker, "wflow");
  }

  public Optional<LuaEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The workflow entry whose Temporal type is {@code type}. */
  public Optional<LuaEntry> workflowOfType(String type) {
    return entries.stream()
        .filter(e -> e.isWorkflow() && e.workflowType().equals(type))
        .findFirst();
  }

  /**
   * The Temporal workflow type that starting entry {@code id} uses: its {@code
   * meta.temporal.workflow.name}, or the ID itself (also for an ID that is no workflow entry, so
   * Temporal reports the unknown type).
   */
  public String workflowTypeOf(String id) {
    return entry(id).filter(LuaEntry::isWorkflow).map(LuaEntry::workflowType).orElse(id);
  }

  /** The task queue an entry's worker polls, or {@link #DEFAULT_TASK_QUEUE}. */
  public String taskQueueOf(LuaEntry entry) {
    String worker = entry.worker();
    return worker != null && taskQueues.containsKey(worker)
        ? taskQueues.get(worker)
        : DEFAULT_TASK_QUEUE;
  }

  /**
   * This project with entry {@code entryId} answering workflow type {@code type} (replaying a
   * history recorded under another name).
   */
  public LuaProject withWorkflowType(String entryId, String type) {
    List<LuaEntry> changed = new java.util.ArrayList<>();
    for (LuaEntry e : entries) {
      if (e.id().equals(entryId)) {
        Map<String, Object> meta = new java.util.HashMap<>(e.meta());
        Map<String, Object> temporal = new java.util.HashMap<>();
        if (meta.get("temporal") instanceof Map<?, ?> t) {
          t.forEach((k, v) -> temporal.put(k.toString(), v));
        }
        Map<String, Object> workflow = new java.util.HashMap<>();
        if (temporal.get("workflow") instanceof Map<?, ?> w) {
          w.forEach((k, v) -> workflow.put(k.toString(), v));
        }
        workflow.put("name", type);
        temporal.put("workflow", workflow);
        meta.put("temporal", temporal);
        changed.add(
            new LuaEntry(
                e.id(),
                e.kind(),
                e.chunkName(),
                e.source(),
                e.method(),
                e.modules(),
                e.imports(),
                meta));
      } else if (!(e.isWorkflow() && e.workflowType().equals(type))) {
        changed.add(e);
      }
    }
    return new LuaProject(changed, taskQueues, clients, policies);
  }

  /** Every task queue a local environment should serve. */
  public List<String> allTaskQueues() {
    Map<String, Boolean> queues = new LinkedHashMap<>();
    queues.put(DEFAULT_TASK_QUEUE, true);
    taskQueues.values().forEach(q -> queues.put(q, true));
    return List.copyOf(queues.keySet());
  }
}
