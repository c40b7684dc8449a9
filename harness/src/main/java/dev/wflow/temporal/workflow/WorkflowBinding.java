package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LuaProject;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every Lua workflow execution in one environment shares: the project, the task queues that
 * have a worker, the search attributes the namespace knows, and limits.
 *
 * @param project the project's Lua entries
 * @param servedQueues task queues some worker of this environment polls
 * @param searchAttributes registered search attributes (may register more on first use)
 * @param runawayLimit wall time Lua may run without yielding before the workflow fails
 * @param log where {@code print} and wflow's own notes about a run go
 * @param relay delivers sends to regular processes of the node
 * @param listener told of every command, wait and close of every execution (replay keeps the
 *     command sites to map a divergence to a Lua line; a debugger steps through them)
 * @param runningWorkflow whether a workflow ID names a running run, asked before a workflow cancels
 *     another on Temporal's in-memory server, which never answers a cancel of a missing target (the
 *     run would wait forever); null where the server answers (a cluster, a replay)
 */
public record WorkflowBinding(
    LuaProject project,
    Set<String> servedQueues,
    SearchAttributeCatalog searchAttributes,
    Duration runawayLimit,
    Consumer<String> log,
    MessageRelay relay,
    ExecutionListener listener,
    java.util.function.Predicate<String> runningWorkflow) {

  /** A binding whose server answers every cancel itself. */
  public WorkflowBinding(
      LuaProject project,
      Set<String> servedQueues,
      SearchAttributeCatalog searchAttributes,
      Duration runawayLimit,
      Consumer<String> log,
      MessageRelay relay,
      ExecutionListener listener) {
    this(project, servedQueues, searchAttributes, runawayLimit, log, relay, listener, null);
  }

  /**
   * The pid string of a workflow execution, as the platform writes it: {@code
   * {client@worker|workflow-id}} ({@code client} is the worker's {@code temporal.client} entry).
   */
  public static String pid(String client, String worker, String workflowId) {
    return "{" + client + "@" + (worker == null ? "default" : worker) + "|" + workflowId + "}";
  }

  /** The pid of a run of {@code project}'s worker {@code worker}. */
  public static String pid(LuaProject project, String worker, String workflowId) {
    return pid(project.clientOf(worker), worker, workflowId);
  }

  /** True for a workflow's pid; regular processes' pids have no {@code client@} part. */
  public static boolean isWorkflowPid(String pid) {
    int bar = pid.indexOf('|');
    return !(pid.startsWith("{") && pid.endsWith("}") && bar > 0)
        || pid.substring(0, bar).contains("@");
  }

  /** The workflow ID inside a pid, or the text itself when it is not a pid. */
  public static String workflowIdOf(String pid) {
    if (pid.startsWith("{") && pid.endsWith("}") && pid.contains("|")) {
      return pid.substring(pid.indexOf('|') + 1, pid.length() - 1);
    }
    return pid;
  }
}
