package dev.wflow.testing.workflow;

import static dev.wflow.testing.workflow.LuaWorkflowFunctions.fn;

import dev.wflow.testing.TestRunner;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code process} and {@code funcs} as test code sees them: application code's way of starting and
 * signalling workflows and calling functions (SPEC §9), bound to the running test's environment.
 * Failures come back as {@code nil, err} like the platform's.
 */
final class TestCodeModules {

  private TestCodeModules() {}

  static LuaTable process(Supplier<WorkflowScope> scope, TestRunner.FileView file) {
    LuaTable p = new LuaTable();
    p.set("pid", fn(a -> LuaValue.valueOf("{test|" + file.entry().id() + "}")));
    p.set(
        "spawn",
        fn(
            a -> {
              WorkflowScope s = scope.get();
              String id = a.checkjstring(1);
              String worker = a.optjstring(2, "");
              return guarded(
                  () ->
                      LuaValue.valueOf(
                          s.blocking()
                              .await(
                                  () -> s.environment().spawn(id, worker, Payloads.args(a, 3)))));
            }));
    p.set(
        "send",
        fn(
            a -> {
              WorkflowScope s = scope.get();
              String pid = a.checkjstring(1);
              String topic = a.checkjstring(2);
              Object data = Payloads.toJava(a.arg(3));
              return guarded(
                  () -> {
                    s.blocking()
                        .await(
                            () -> {
                              s.environment().send(pid, topic, data);
                              return Boolean.TRUE;
                            });
                    return LuaValue.TRUE;
                  });
            }));
    return p;
  }

  static LuaTable funcs(Supplier<WorkflowScope> scope) {
    LuaTable f = new LuaTable();
    LuaValue call = fn(a -> call(scope.get(), a.arg1().istable() ? a.subargs(2) : a));
    f.set("call", call);
    LuaTable executor = new LuaTable();
    executor.set("call", call);
    executor.set("with_options", fn(a -> executor));
    f.set("new", fn(a -> executor));
    return f;
  }

  private static Varargs call(WorkflowScope s, Varargs a) {
    String id = a.checkjstring(1);
    ActivityMock.Answer answer =
        s.blocking().await(() -> s.environment().callFunction(id, Payloads.args(a, 2)));
    if (answer.error() != null) {
      return LuaValue.varargsOf(LuaValue.NIL, Payloads.error(answer.error()));
    }
    return Payloads.toLua(answer.value());
  }

  private static Varargs guarded(Supplier<LuaValue> body) {
    try {
      return body.get();
    } catch (org.luaj.vm2.LuaError e) {
      if (e instanceof dev.wflow.testing.lua.TestTimedOut) {
        throw e;
      }
      ActivityMock.MockError err =
          new ActivityMock.MockError(
              "Internal", dev.wflow.testing.lua.LuaErrorView.of(e).message(), null);
      return LuaValue.varargsOf(LuaValue.NIL, Payloads.error(err));
    }
  }
}
