package dev.wflow.testing.workflow;

import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.WippyError;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * {@code funcs.call(id, …)} from test code: runs a {@code function.lua} entry directly, in a Lua
 * environment of its own whose {@code process.spawn}/{@code process.send} and {@code funcs.call}
 * reach the test's workflow environment, so a function that starts a workflow can be tested end to
 * end.
 */
final class FunctionCalls {

  private final LuaProject project;
  private WorkflowEnvironment env;

  FunctionCalls(LuaProject project) {
    this.project = project;
  }

  void bind(WorkflowEnvironment environment) {
    this.env = environment;
  }

  ActivityMock.Answer call(String id, List<Object> args) {
    LuaEntry entry =
        project
            .entry(id)
            .filter(e -> e.kind().equals("function.lua") || e.kind().equals("process.lua"))
            .orElse(null);
    if (entry == null) {
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError("NotFound", "no function.lua entry " + id, false));
    }
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(line -> {}, Map.of()), id);
    sandbox.provide("process", process());
    sandbox.provide("funcs", funcs());
    try {
      LuaValue main = EntryProgram.load(sandbox, project, entry, null);
      LuaValue[] luaArgs = args.stream().map(LuaJson::toLua).toArray(LuaValue[]::new);
      Varargs r = main.invoke(LuaValue.varargsOf(luaArgs));
      if (!r.arg(2).isnil()) {
        return ActivityMock.Answer.failed(Payloads.errorOf(r.arg(2)));
      }
      return ActivityMock.Answer.of(LuaJson.toJava(r.arg1()));
    } catch (LuaLoadException e) {
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError("Invalid", e.getMessage(), false));
    } catch (LuaError e) {
      WippyError raised = WippyError.fromRaised(e);
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError(
              raised.kind().isEmpty() ? "Internal" : raised.kind(),
              raised.message(),
              raised.retryable()));
    }
  }

  private LuaTable process() {
    LuaTable p = new LuaTable();
    p.set(
        "spawn",
        fn(
            a -> {
              try {
                return LuaValue.valueOf(
                    env.spawn(a.checkjstring(1), a.optjstring(2, ""), LuaJson.toJavaList(a, 3)));
              } catch (RuntimeException e) {
                return failure("Invalid", e.getMessage());
              }
            }));
    p.set(
        "send",
        fn(
            a -> {
              try {
                env.send(a.checkjstring(1), a.checkjstring(2), LuaJson.toJava(a.arg(3)));
                return LuaValue.TRUE;
              } catch (RuntimeException e) {
                return failure("NotFound", e.getMessage());
              }
            }));
    return p;
  }

  private LuaTable funcs() {
    LuaTable f = new LuaTable();
    LuaValue call =
        fn(
            a -> {
              Varargs args = a.arg1().istable() ? a.subargs(2) : a;
              ActivityMock.Answer answer = call(args.checkjstring(1), LuaJson.toJavaList(args, 2));
              return answer.error() == null
                  ? LuaJson.toLua(answer.value())
                  : failure(answer.error().kind(), answer.error().message());
            });
    f.set("call", call);
    LuaTable executor = new LuaTable();
    executor.set("call", call);
    executor.set("with_options", fn(a -> executor));
    f.set("new", fn(a -> executor));
    return f;
  }

  private static Varargs failure(String kind, String message) {
    return LuaValue.varargsOf(LuaValue.NIL, WippyError.of(kind, message, null, null));
  }

  private static LuaValue fn(java.util.function.Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }
    };
  }
}
