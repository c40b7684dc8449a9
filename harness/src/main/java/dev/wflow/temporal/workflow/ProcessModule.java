package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import io.temporal.workflow.Async;
import io.temporal.workflow.ContinueAsNewOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code process} inside a workflow (SPEC §6, §8): pid, inbox, listen, events, send (a Temporal
 * signal, or a reply to an update), spawn/exec of child workflows, upgrade (continue-as-new) and
 * cancel.
 */
final class ProcessModule {

  static final String EVENT_CANCEL = ProcessEvents.CANCEL;
  static final String EVENT_EXIT = ProcessEvents.EXIT;
  static final String UPDATE_PREFIX = "{update|";
  private static final String CANCEL_TARGET_CHECK = "wflow.cancel-target-check";

  private ProcessModule() {}

  static ModuleTable create(LuaExecution execution, ChildWorkflows children) {
    ModuleTable m = new ModuleTable("process");
    Mailbox mailbox = execution.mailbox();
    m.define("pid", of(a -> LuaValue.valueOf(execution.pid())));
    m.define("inbox", of(a -> mailbox.inbox()));
    m.define(
        "listen",
        of(
            a ->
                mailbox.listen(
                    a.checkjstring(1), a.arg(2).istable() && a.arg(2).get("message").toboolean())));
    m.define("events", of(a -> mailbox.events()));
    m.define("send", of(a -> send(execution, a)));
    m.define(
        "spawn", of(a -> children.spawn(a.optjstring(1, ""), a.optjstring(2, ""), a.subargs(3))));
    m.define(
        "exec", of(a -> children.exec(a.optjstring(1, ""), a.optjstring(2, ""), a.subargs(3))));
    m.define("upgrade", of(a -> upgrade(execution, a)));
    m.define("cancel", of(a -> cancel(execution, children, a.checkjstring(1))));
    unsupported(m, "monitor", ": child workflows are automatically monitored");
    unsupported(m, "unmonitor", "");
    unsupported(m, "link", ": Temporal doesn't support bidirectional linking");
    unsupported(m, "unlink", "");
    m.define("terminate", of(a -> cancel(execution, children, a.checkjstring(1))));
    m.define("event", ProcessEvents.table());
    return m;
  }

  /** The platform's wording ({@code handler_process.go}): nil and Invalid, not retryable. */
  private static void unsupported(ModuleTable m, String name, String why) {
    m.define(
        name,
        of(
            a ->
                LuaValue.varargsOf(
                    LuaValue.NIL,
                    dev.wflow.runtime.WippyError.of(
                        "Invalid",
                        "process." + name + " not supported in workflow context" + why,
                        false,
                        null))));
  }

  private static Varargs send(LuaExecution execution, Varargs a) {
    String pid = a.checkjstring(1);
    String topic = a.checkjstring(2);
    if (pid.startsWith(UPDATE_PREFIX)) {
      String updateId = pid.substring(UPDATE_PREFIX.length(), pid.length() - 1);
      return execution.mailbox().replyToUpdate(updateId, topic, a.arg(3))
          ? LuaValue.TRUE
          : StandardModules.failure("NotFound", "no open update " + updateId);
    }
    List<Object> payload = LuaJson.toJavaList(a, 3);
    if (!WorkflowBinding.isWorkflowPid(pid)) {
      return relay(execution, pid, topic, payload);
    }
    execution.record("signal", topic);
    String from = execution.pid();
    return awaitExternal(
        execution,
        "signal " + topic,
        () ->
            MessageHeaders.sending(
                from,
                null,
                () -> {
                  Workflow.newUntypedExternalWorkflowStub(WorkflowBinding.workflowIdOf(pid))
                      .signal(topic, payload.toArray());
                  return null;
                }));
  }

  /**
   * A signal to or a cancel of another workflow completes in a later workflow task, on the platform
   * as a yield other coroutines run during; Temporal's blocking call runs on a thread of its own so
   * this one waits through {@link LuaExecution#until}, giving up the turn.
   */
  private static Varargs awaitExternal(LuaExecution execution, String what, Runnable call) {
    Promise<Void> done = Async.procedure(call::run);
    execution.until(what, done::isCompleted);
    try {
      done.get();
      return LuaValue.TRUE;
    } catch (RuntimeException e) {
      return LuaValue.varargsOf(LuaValue.NIL, FailureMapping.toError(e));
    }
  }

  /**
   * A send to a regular process goes over the node's relay, not through Temporal; the outcome is
   * recorded as a side effect so a replay neither sends again nor answers differently.
   */
  private static Varargs relay(LuaExecution execution, String pid, String topic, List<Object> p) {
    String from = execution.pid();
    boolean delivered =
        Workflow.sideEffect(
            Boolean.class, () -> execution.binding().relay().deliver(pid, from, topic, p));
    return delivered
        ? LuaValue.TRUE
        : LuaValue.varargsOf(
            LuaValue.NIL,
            dev.wflow.runtime.WippyError.of("NotFound", "no process " + pid, false, null));
  }

  private static Varargs upgrade(LuaExecution execution, Varargs a) {
    Object[] args = LuaJson.toJavaList(a, 2).toArray();
    execution.record("continue", execution.entry().id());
    if (a.arg1().isnil()) {
      Workflow.continueAsNew(args);
    } else {
      String id = a.arg1().tojstring();
      String type = execution.binding().project().workflowTypeOf(id);
      Workflow.continueAsNew(type, ContinueAsNewOptions.newBuilder().build(), args);
    }
    return LuaValue.NONE;
  }

  /**
   * Whether the in-memory server, which never answers a cancel of a missing workflow, would leave
   * this cancel waiting forever. The check is a side effect behind a version marker: a replay of
   * such a history takes the same branch, and one without the marker (a cluster's, which answers
   * itself and is never checked) replays unchanged.
   */
  private static boolean targetMissing(LuaExecution execution, String workflowId) {
    java.util.function.Predicate<String> running = execution.binding().runningWorkflow();
    if (running == null && !Workflow.isReplaying()) {
      return false;
    }
    if (Workflow.getVersion(CANCEL_TARGET_CHECK, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      return false;
    }
    return !Workflow.sideEffect(Boolean.class, () -> running != null && running.test(workflowId));
  }

  private static Varargs cancel(LuaExecution execution, ChildWorkflows children, String pid) {
    if (children.cancel(pid)) {
      return LuaValue.TRUE;
    }
    if (targetMissing(execution, WorkflowBinding.workflowIdOf(pid))) {
      return LuaValue.varargsOf(LuaValue.NIL, FailureMapping.unknownExternalWorkflow());
    }
    execution.record("cancel", pid);
    return awaitExternal(
        execution,
        "cancel of " + pid,
        () -> Workflow.newUntypedExternalWorkflowStub(WorkflowBinding.workflowIdOf(pid)).cancel());
  }
}
