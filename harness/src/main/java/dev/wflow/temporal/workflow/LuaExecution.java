package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LineTracker;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.RunawayLuaError;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.Uuids;
import dev.wflow.runtime.WippyError;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.luaj.vm2.LuaError;

/**
 * The state of one Lua workflow execution: its sandbox, mailbox, recorded command sites, and the
 * single way Lua code waits ({@link #until}), which also stops every coroutine once one of them has
 * failed.
 *
 * <p>All of it is touched only from Temporal workflow threads, which Temporal runs one at a time,
 * so the one LuaJ state is never used concurrently.
 *
 * <p>Lua threads (the main function and each coroutine) also take turns as the platform's process
 * runs its coroutines: one holds the turn until it waits through {@link #until}. A Temporal call
 * that completes at once on the platform (a send to a regular process, a side effect) blocks a Java
 * workflow thread too, and Temporal would run another coroutine meanwhile; holding the turn through
 * it keeps the others waiting, as the platform's re-entrant resume does.
 */
final class LuaExecution {

  private final WorkflowBinding binding;
  private final LuaEntry entry;
  private final LuaSandbox sandbox;
  private final Mailbox mailbox;
  private final ExecutionListener listener;
  private final List<BooleanSupplier> waits = new ArrayList<>();
  private WorkflowAbort fatal;
  private String waitingFor = "starting";
  private int sequence;
  // The Lua threads alive (the main function's counts from the start) and the one running Lua now.
  private int live = 1;
  private Thread turn;

  LuaExecution(WorkflowBinding binding, LuaEntry entry) {
    this.binding = binding;
    this.entry = entry;
    this.sandbox =
        new LuaSandbox(new WorkflowHost(binding, MessageHeaders.incomingContext()), entry.id());
    this.sandbox.tracker().limitRun(binding.runawayLimit());
    this.mailbox = new Mailbox(this);
    this.listener = binding.listener();
  }

  WorkflowBinding binding() {
    return binding;
  }

  LuaEntry entry() {
    return entry;
  }

  LuaSandbox sandbox() {
    return sandbox;
  }

  Mailbox mailbox() {
    return mailbox;
  }

  LineTracker tracker() {
    return sandbox.tracker();
  }

  /** The pid of this execution. */
  String pid() {
    return WorkflowBinding.pid(
        binding.project(), entry.worker(), Workflow.getInfo().getWorkflowId());
  }

  /** A deterministic per-execution counter for child IDs and similar. */
  int nextSequence() {
    return ++sequence;
  }

  /** What the workflow is waiting for right now ("receive on inbox"), for queries and tools. */
  String waitingFor() {
    return waitingFor;
  }

  /** Notes that the current Lua line issues a command. */
  void record(String command, String detail) {
    listener.commandIssued(execution(), new CommandSite(command, detail, where()));
  }

  /** This execution as listeners see it; replaying is read anew at each call. */
  ExecutionListener.Execution execution() {
    var info = Workflow.getInfo();
    return new ExecutionListener.Execution(
        info.getWorkflowId(), info.getRunId(), entry.id(), Workflow.isReplaying());
  }

  /** Tells the listener how the Lua code ended. */
  void closed(ExecutionListener.Closing how) {
    ExecutionListener.Unread unread = mailbox.unread();
    // A run continued as new hands on nothing; its messages are the new run's concern in Temporal.
    if (!unread.topics().isEmpty() && how != ExecutionListener.Closing.CONTINUED_AS_NEW) {
      listener.unread(execution(), unread);
    }
    listener.closed(execution(), how);
  }

  /** Lua {@code file:line} of the current thread (the entry's file after a tail call). */
  String where() {
    String where = sandbox.tracker().where();
    return where.equals("?") ? entry.chunkName() : where;
  }

  /**
   * Waits on Temporal's scheduler until {@code condition} holds. Every Lua wait goes through here:
   * it ends the waiting coroutine when another one has failed, and restarts the runaway budget.
   */
  void until(String reason, BooleanSupplier condition) {
    handoff(reason, condition);
    sandbox.tracker().resumed();
  }

  /**
   * Like {@link #until} but keeps the runaway budget running: for hand-offs between coroutines
   * inside one workflow task, which are not a yield to Temporal.
   */
  void handoff(String reason, BooleanSupplier condition) {
    if (fatal != null) {
      throw fatal;
    }
    if (!condition.getAsBoolean()) {
      String previous = waitingFor;
      String where = where();
      waitingFor = reason + " at " + where;
      listener.waiting(execution(), reason, where);
      Thread me = Thread.currentThread();
      waits.add(condition);
      turn = null;
      try {
        Workflow.await(() -> fatal != null || (turn == null && condition.getAsBoolean()));
      } finally {
        waits.remove(condition);
      }
      turn = me;
      waitingFor = previous;
      listener.resumed(execution(), reason, where);
    }
    if (fatal != null) {
      throw fatal;
    }
  }

  /** The main function's thread runs Lua first. */
  void mainStarts() {
    turn = Thread.currentThread();
  }

  /**
   * Runs {@code body} on a new Lua thread (a coroutine), which starts once the thread holding the
   * turn waits.
   */
  void startThread(Runnable body) {
    live++;
    Async.procedure(
        () -> {
          try {
            Workflow.await(() -> turn == null || fatal != null);
            turn = Thread.currentThread();
            if (fatal == null) {
              body.run();
            }
          } finally {
            live--;
            if (turn == Thread.currentThread()) {
              turn = null;
            }
          }
        });
  }

  /**
   * Whether every Lua thread waits for something that has not happened: the moment the platform's
   * process takes the next message, so that the coroutines messages wake run in the messages'
   * order. A thread inside a call that completes on its own (a side effect) is not settled.
   */
  boolean settled() {
    if (fatal != null || turn != null || waits.size() < live) {
      return false;
    }
    for (BooleanSupplier w : waits) {
      if (w.getAsBoolean()) {
        return false;
      }
    }
    return true;
  }

  /** Fails the whole workflow because a coroutine ended with {@code error}. */
  void abort(WorkflowAbort error) {
    if (fatal == null) {
      fatal = error;
    }
  }

  WorkflowAbort fatal() {
    return fatal;
  }

  /** The abort for any throwable that escaped Lua code in a coroutine. */
  static WorkflowAbort abortFor(Throwable t) {
    if (t instanceof WorkflowAbort a) {
      return a;
    }
    if (t instanceof RunawayLuaError r) {
      return new WorkflowAbort("Internal", r.getMessage());
    }
    if (t instanceof LuaError e) {
      WippyError error = WippyError.fromRaised(e);
      return new WorkflowAbort(error.kind().isEmpty() ? "Internal" : error.kind(), error.message());
    }
    if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
      return new WorkflowAbort(
          "Internal", "coroutine: " + dev.wflow.runtime.LineTracker.cause((VirtualMachineError) t));
    }
    return new WorkflowAbort("Internal", String.valueOf(t));
  }

  /** The clock, identifiers and print of a workflow: all replay-safe. */
  private static final class WorkflowHost implements SandboxHost {
    private final WorkflowBinding binding;
    private final Map<String, Object> context;

    /** {@code context}: what the start's header carried, as {@code ctx} reads it. */
    WorkflowHost(WorkflowBinding binding, Map<String, Object> context) {
      this.binding = binding;
      this.context = context;
    }

    @Override
    public Instant now() {
      return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }

    @Override
    public String uuidV4() {
      return Workflow.randomUUID().toString();
    }

    @Override
    public String uuidV7() {
      return Uuids.v7(Workflow.currentTimeMillis(), Workflow.randomUUID());
    }

    @Override
    public void print(String line) {
      if (!Workflow.isReplaying()) {
        binding.log().accept(line);
      }
    }

    @Override
    public Map<String, Object> context() {
      return context;
    }
  }
}
