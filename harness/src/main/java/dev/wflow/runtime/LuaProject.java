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
 */
public record LuaProject(List<LuaEntry> entries, Map<String, String> taskQueues) {

  /** The queue used when an entry names no worker. */
  public static final String DEFAULT_TASK_QUEUE = "default";

  public LuaProject {
    entries = List.copyOf(entries);
    taskQueues = Map.copyOf(taskQueues);
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

  /** The task queue an entry's worker polls, or {@link #DEFAULT_TASK_QUEUE}. */
  public String taskQueueOf(LuaEntry entry) {
    String worker = entry.worker();
    return worker != null && taskQueues.containsKey(worker)
        ? taskQueues.get(worker)
        : DEFAULT_TASK_QUEUE;
  }

  /** Every task queue a local environment should serve. */
  public List<String> allTaskQueues() {
    Map<String, Boolean> queues = new LinkedHashMap<>();
    queues.put(DEFAULT_TASK_QUEUE, true);
    taskQueues.values().forEach(q -> queues.put(q, true));
    return List.copyOf(queues.keySet());
  }
}
