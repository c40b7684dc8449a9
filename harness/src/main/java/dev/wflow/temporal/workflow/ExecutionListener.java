package dev.wflow.temporal.workflow;

import java.util.List;

/**
 * Observes Lua workflow executions step by step: each Temporal command the workflow issues (with
 * the Lua {@code file:line} that issued it), each time it starts waiting and resumes, and how it
 * closed. This is the seam a debugger ({@code wflow repl}) steps through and the replayer maps
 * divergences with.
 *
 * <p>Calls arrive on Temporal workflow threads, one execution at a time, also while a history is
 * being replayed ({@link Execution#replaying()} tells). A listener must return at once and never
 * block: Temporal's deadlock detector fails a workflow task whose thread does not yield within a
 * second or so. Hand what you observe to another thread (a queue) and decide there.
 *
 * <pre>{@code
 * BlockingQueue<String> steps = new LinkedBlockingQueue<>();
 * ExecutionListener listener = new ExecutionListener() {
 *   public void commandIssued(Execution run, CommandSite command) {
 *     if (!run.replaying()) {
 *       steps.add(run.workflowId() + " " + command.command() + " " + command.detail()
 *           + " at " + command.where());        // "o1 activity app:charge at app/order.lua:12"
 *     }
 *   }
 *   public void waiting(Execution run, String reason, String where) {
 *     steps.add(run.workflowId() + " waits: " + reason + " at " + where);
 *   }
 * };
 * LocalEnvironment env = LocalEnvironment.start(project,
 *     EnvironmentOptions.newBuilder().listener(listener).build());
 * }</pre>
 */
public interface ExecutionListener {

  /** Listens to nothing. */
  ExecutionListener NONE = new ExecutionListener() {};

  /**
   * One workflow execution (one run of a workflow ID).
   *
   * @param workflowId the workflow ID
   * @param runId Temporal's run ID
   * @param entryId the workflow entry ({@code app:order_workflow})
   * @param replaying true while Temporal re-executes recorded history (the worker lost its cached
   *     state, or a replay check runs): the command was issued before and is not new
   */
  record Execution(String workflowId, String runId, String entryId, boolean replaying) {}

  /**
   * The messages an execution's Lua code never received by the time it ended: a signal on a topic
   * it never listened on is the typical mistyped topic, which silently takes the other branch.
   *
   * @param topics the topic of each unread message, in arrival order
   * @param listening the topics the code listened on ({@code process.listen}), sorted
   * @param inbox true when the code opened {@code process.inbox()}
   */
  record Unread(List<String> topics, List<String> listening, boolean inbox) {
    public Unread {
      topics = List.copyOf(topics);
      listening = List.copyOf(listening);
    }
  }

  /** How an execution closed. */
  enum Closing {
    COMPLETED,
    FAILED,
    CANCELED,
    CONTINUED_AS_NEW
  }

  /**
   * The workflow issued a Temporal command: {@code activity}, {@code timer}, {@code child}, {@code
   * signal}, {@code cancel}, {@code version}, {@code attrs} or {@code continue}.
   */
  default void commandIssued(Execution run, CommandSite command) {}

  /** The workflow (one of its coroutines) starts waiting, e.g. "receive on inbox". */
  default void waiting(Execution run, String reason, String where) {}

  /** The wait announced by {@link #waiting} is over; Lua runs again from {@code where}. */
  default void resumed(Execution run, String reason, String where) {}

  /** The execution's Lua code is done. */
  default void closed(Execution run, Closing how) {}

  /**
   * The execution's Lua code is done and left messages unread; told just before {@link #closed},
   * only when {@code unread} has topics.
   */
  default void unread(Execution run, Unread unread) {}

  /** Both listeners, {@code first} told first. */
  static ExecutionListener both(ExecutionListener first, ExecutionListener second) {
    if (first == NONE) {
      return second;
    }
    if (second == NONE) {
      return first;
    }
    List<ExecutionListener> all = List.of(first, second);
    return new ExecutionListener() {
      @Override
      public void commandIssued(Execution run, CommandSite command) {
        all.forEach(l -> l.commandIssued(run, command));
      }

      @Override
      public void waiting(Execution run, String reason, String where) {
        all.forEach(l -> l.waiting(run, reason, where));
      }

      @Override
      public void resumed(Execution run, String reason, String where) {
        all.forEach(l -> l.resumed(run, reason, where));
      }

      @Override
      public void closed(Execution run, Closing how) {
        all.forEach(l -> l.closed(run, how));
      }

      @Override
      public void unread(Execution run, Unread unread) {
        all.forEach(l -> l.unread(run, unread));
      }
    };
  }
}
