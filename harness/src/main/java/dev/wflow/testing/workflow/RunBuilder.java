package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.method;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.testing.LuaMailbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code test.workflow(id)}: collects mocks and options, then {@code :start(…)} begins the run in
 * the test's environment. Mock functions stay in the test's Lua state; the mailbox runs each call
 * on the test's thread.
 */
final class RunBuilder {

  private final String workflowId;
  private final WorkflowScope scope;
  private final LuaMailbox mailbox;
  private final Map<String, ActivityHandler> mocks = new LinkedHashMap<>();
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final Map<String, Object> fixed = new LinkedHashMap<>();

  private RunBuilder(String workflowId, WorkflowScope scope, LuaMailbox mailbox) {
    this.workflowId = workflowId;
    this.scope = scope;
    this.mailbox = mailbox;
  }

  static LuaTable create(String workflowId, WorkflowScope scope, LuaMailbox mailbox) {
    if (!scope.project().entry(workflowId).map(LuaEntry::isWorkflow).orElse(false)) {
      throw new LuaError("test.workflow: '" + workflowId + "' is not a workflow entry");
    }
    scope
        .refusal(workflowId)
        .ifPresent(
            why -> {
              throw new LuaError("test.workflow: " + why);
            });
    RunBuilder b = new RunBuilder(workflowId, scope, mailbox);
    LuaTable o = new LuaTable();
    method(o, "mock", a -> b.mock(o, a));
    method(o, "mock_error", a -> b.mockError(o, a));
    method(
        o,
        "with_options",
        a -> {
          if (!a.arg1().istable()) {
            throw new LuaError("with_options: expected a table, got " + a.arg1().typename());
          }
          if (Payloads.toJava(a.arg1()) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> b.options.put(option(String.valueOf(k)), v));
          }
          return o;
        });
    method(o, "start", b::start);
    return o;
  }

  /** The start options a test can set (SPEC §9's {@code workflow.*} keys). */
  static final java.util.List<String> OPTIONS =
      java.util.List.of("workflow.id", "workflow.execution_timeout", "ctx");

  private static String option(String key) {
    if (!OPTIONS.contains(key)) {
      throw new LuaError(
          "with_options: unknown option '" + key + "' (known: " + String.join(", ", OPTIONS) + ")");
    }
    return key;
  }

  private Varargs mock(LuaTable self, Varargs a) {
    String id = activity(a, "mock");
    LuaValue answer = a.arg(2);
    if (answer.isfunction()) {
      mocks.put(
          id,
          (type, args) ->
              scope.closed()
                  ? ActivityAnswer.error(
                      "Canceled", "the test that mocked " + id + " has finished", false)
                  : mailbox.call(() -> MockCall.invoke(answer, args)));
    } else {
      Object value = Payloads.toJava(answer);
      mocks.put(id, (type, args) -> ActivityAnswer.value(value));
      fixed.put(id, value);
    }
    return self;
  }

  private Varargs mockError(LuaTable self, Varargs a) {
    String id = activity(a, "mock_error");
    ActivityAnswer error =
        a.arg(2).isstring()
            ? ActivityAnswer.error("", a.arg(2).tojstring(), null)
            : Payloads.errorOf(a.arg(2));
    mocks.put(id, (type, args) -> error);
    return self;
  }

  private String activity(Varargs a, String what) {
    String id = a.checkjstring(1);
    if (!scope.project().entry(id).map(LuaEntry::isActivity).orElse(false)) {
      throw new LuaError(
          what
              + ": unknown activity '"
              + id
              + "' (no function.lua entry with meta.temporal.activity has that ID)");
    }
    return id;
  }

  private Varargs start(Varargs a) {
    Map<String, ActivityHandler> byType = Map.copyOf(mocks);
    ActivityHandler handler =
        (type, args) -> {
          ActivityHandler mock = byType.get(type);
          return mock == null ? null : mock.handle(type, args);
        };
    List<Object> args = Payloads.args(a, 1);
    return scope.start(
        workflowId,
        args,
        new LinkedHashMap<>(options),
        byType.isEmpty() ? null : handler,
        new WorkflowScope.Mocks(
            java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed)),
            fixed.size() < byType.size()));
  }
}
