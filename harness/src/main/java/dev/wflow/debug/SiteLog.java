package dev.wflow.debug;

import dev.wflow.temporal.workflow.CommandSite;
import dev.wflow.temporal.workflow.ExecutionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Lua line of every command each workflow of the debugged run issued, by workflow ID, from the
 * execution listener. A re-execution of recorded history (the worker lost its cache) reports the
 * same commands again as replaying; they are already here and are not added twice.
 */
final class SiteLog implements ExecutionListener {

  private final Map<String, List<CommandSite>> byWorkflow = new ConcurrentHashMap<>();

  @Override
  public void commandIssued(Execution run, CommandSite command) {
    if (!run.replaying()) {
      byWorkflow.computeIfAbsent(run.workflowId(), k -> new CopyOnWriteArrayList<>()).add(command);
    }
  }

  List<CommandSite> of(String workflowId) {
    return List.copyOf(byWorkflow.getOrDefault(workflowId, List.of()));
  }
}
