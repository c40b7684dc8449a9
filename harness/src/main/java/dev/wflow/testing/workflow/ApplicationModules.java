package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.node.ThreadedCall;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.FuncsModule;
import dev.wflow.temporal.RunClosedException;
import dev.wflow.temporal.workflow.ProcessEvents;
import dev.wflow.testing.lua.LuaErrorView;
import dev.wflow.testing.lua.TestTimedOut;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code process} and {@code funcs} as code outside a workflow sees them (SPEC §9): test code, and
 * a {@code function.lua} entry a test calls directly. Both start and signal workflows of the test's
 * environment the way application code does; failures come back as {@code nil, err} like the
 * platform's.
 *
 * <pre>{@code
 * local pid = process.with_options({["workflow.id"] = "order-1"}):spawn("app:order", "app:worker", o)
 * process.send(pid, "approve", {by = "ann"})
 * }</pre>
 */
final class ApplicationModules {

  /** Where calls go: the test's environment, and how to wait for it from the calling thread. */
  record Target(WorkflowEnvironment environment, RunObject.Blocking calls) {}

  /** For code already off the test's Lua thread (a function entry a test called): no hand-off. */
  static final RunObject.Blocking DIRECT =
      new RunObject.Blocking() {
        @Override
        public <T> T await(Supplier<T> call) {
          return call.get();
        }

        @Override
        public <T> T await(CompletableFuture<T> future) {
          return future.join();
        }
      };

  private ApplicationModules() {}

  /** {@code process}: spawn (also with options or a name), send, the event kinds, and a pid. */
  static LuaTable process(Supplier<Target> target, String pid) {
    LuaTable p = spawner(target, Map.of());
    p.set("pid", of(a -> LuaValue.valueOf(pid)));
    p.set(
        "send",
        of(
            a -> {
              Target t = target.get();
              String to = a.checkjstring(1);
              String topic = a.checkjstring(2);
              Object data = LuaJson.toJava(a.arg(3));
              return guarded(
                  "NotFound",
                  () -> {
                    t.calls()
                        .await(
                            () -> {
                              t.environment().send(to, topic, data);
                              return Boolean.TRUE;
                            });
                    return LuaValue.TRUE;
                  });
            }));
    p.set("event", ProcessEvents.table());
    return p;
  }

  /**
   * A table with {@code spawn}, {@code with_options} and {@code with_name}; {@code process} itself
   * is one (called with a dot), and so is what {@code with_options} returns (called with a colon).
   */
  private static LuaTable spawner(Supplier<Target> target, Map<String, Object> options) {
    LuaTable s = new LuaTable();
    s.set("spawn", of(a -> spawn(target, options, a.arg1() == s ? a.subargs(2) : a)));
    s.set(
        "with_options",
        of(
            a -> {
              LuaValue table = a.arg1() == s ? a.arg(2) : a.arg1();
              if (!table.istable()) {
                throw new LuaError("with_options: expected a table, got " + table.typename());
              }
              Map<String, Object> merged = new LinkedHashMap<>(options);
              if (LuaJson.toJava(table) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> merged.put(String.valueOf(k), v));
              }
              return spawner(target, merged);
            }));
    s.set(
        "with_name",
        of(
            a -> {
              Map<String, Object> merged = new LinkedHashMap<>(options);
              merged.put("workflow.id", (a.arg1() == s ? a.arg(2) : a.arg1()).checkjstring());
              return spawner(target, merged);
            }));
    return s;
  }

  private static Varargs spawn(Supplier<Target> target, Map<String, Object> options, Varargs a) {
    Target t = target.get();
    String id = a.checkjstring(1);
    String worker = a.optjstring(2, "");
    List<Object> args = LuaJson.toJavaList(a, 3);
    return guarded(
        "Invalid",
        () ->
            LuaValue.valueOf(
                t.calls().await(() -> t.environment().spawn(id, worker, args, options))));
  }

  /**
   * {@code funcs} ({@link FuncsModule}): each call runs the function entry on a thread of its own
   * against the test's environment; waiting for it keeps the test's mocks answering.
   */
  static ModuleTable funcs(Supplier<Target> target) {
    return FuncsModule.create(
        call -> {
          Target t = target.get();
          return ThreadedCall.start(
              call.target(),
              () ->
                  outcome(t.environment().callFunction(call.target(), call.args(), call.context())),
              (wake, what) -> t.calls().await(wake));
        });
  }

  private static CallOutcome outcome(ActivityMock.Answer answer) {
    return answer.error() != null
        ? CallOutcome.failure(Payloads.error(answer.error()))
        : CallOutcome.success(answer.value());
  }

  /**
   * Runs {@code body}; a failure becomes {@code nil, err} (a test's timeout still ends the test).
   */
  private static Varargs guarded(String kindOfBadArgument, Supplier<LuaValue> body) {
    try {
      return body.get();
    } catch (TestTimedOut e) {
      throw e;
    } catch (RuntimeException e) {
      Throwable cause =
          e instanceof LuaBlocking.CallFailed && e.getCause() != null ? e.getCause() : e;
      String kind =
          cause instanceof RunClosedException
              ? "NotFound"
              : cause instanceof IllegalArgumentException ? kindOfBadArgument : "Internal";
      String message =
          e instanceof LuaError l ? LuaErrorView.of(l).message() : String.valueOf(e.getMessage());
      return LuaValue.varargsOf(LuaValue.NIL, WippyError.of(kind, message, null, null));
    }
  }
}
