package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.method;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The Lua {@code run} object of DESIGN.md §6. Every call that may wait for the workflow waits on
 * the test's thread through the file's {@link Blocking} helper, so mocks keep running and a hung
 * run ends at the test's timeout.
 */
final class RunObject {

  /** Runs a blocking call off the Lua thread and waits for it on the Lua thread. */
  interface Blocking {
    <T> T await(Supplier<T> call);

    <T> T await(CompletableFuture<T> future);
  }

  /** Told about signals, so a failure can name a {@code wflow run --signal} that repeats them. */
  interface SignalLog {
    void signalled(TestRun run, String topic, Object data);
  }

  private RunObject() {}

  static LuaTable of(
      TestRun run, Blocking blocking, Function<TestRun, LuaTable> wrap, SignalLog log) {
    LuaTable o = new LuaTable();
    o.set("pid", run.pid());
    o.set("workflow_id", run.workflowId());
    method(o, "result", a -> outcome(blocking.await(run.result())));
    method(
        o,
        "sleep",
        a -> {
          java.time.Duration d = Payloads.duration(a.arg1());
          blocking.await(
              () -> {
                run.sleep(d);
                return Boolean.TRUE;
              });
          return LuaValue.NONE;
        });
    method(
        o,
        "signal",
        a -> {
          String topic = a.checkjstring(1);
          Object data = Payloads.toJava(a.arg(2));
          blocking.await(
              () -> {
                run.signal(topic, data);
                return Boolean.TRUE;
              });
          log.signalled(run, topic, data);
          return LuaValue.NONE;
        });
    method(
        o,
        "update",
        a -> outcome(blocking.await(run.update(a.checkjstring(1), Payloads.args(a, 2)))));
    method(o, "query", a -> Payloads.toLua(blocking.await(() -> run.query(a.checkjstring(1)))));
    method(
        o,
        "cancel",
        a -> {
          blocking.await(
              () -> {
                run.cancel();
                return Boolean.TRUE;
              });
          return LuaValue.NONE;
        });
    method(o, "status", a -> LuaValue.valueOf(blocking.await(run::status)));
    method(o, "calls", a -> calls(run.calls(a.checkjstring(1))));
    method(o, "history", a -> Payloads.toLua(blocking.await(run::history)));
    method(o, "children", a -> children(blocking.await(run::children), wrap));
    method(o, "attrs", a -> Payloads.toLua(attrs(blocking.await(run::attrs))));
    method(o, "elapsed", a -> LuaValue.valueOf(blocking.await(run::elapsedSeconds)));
    return o;
  }

  /** Lua's {@code value, err} pair. */
  static Varargs outcome(TestRun.Outcome out) {
    if (out.error() != null) {
      return LuaValue.varargsOf(LuaValue.NIL, Payloads.error(out.error()));
    }
    return Payloads.toLua(out.value());
  }

  private static LuaValue calls(List<TestRun.Call> calls) {
    LuaTable list = new LuaTable();
    for (TestRun.Call c : calls) {
      LuaTable t = new LuaTable();
      t.set("activity", c.activity());
      t.set("args", Payloads.toLua(c.args()));
      t.set("result", Payloads.toLua(c.result()));
      if (c.error() != null) {
        t.set("error", Payloads.error(c.error()));
      }
      list.set(list.length() + 1, t);
    }
    return list;
  }

  private static LuaValue children(List<TestRun> runs, Function<TestRun, LuaTable> wrap) {
    LuaTable list = new LuaTable();
    runs.forEach(r -> list.set(list.length() + 1, wrap.apply(r)));
    return list;
  }

  private static Map<String, Object> attrs(Map<String, Object> attrs) {
    if (attrs == null) {
      throw new LuaError("the run has no search attributes or memo");
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>(attrs);
    out.putIfAbsent("search", Map.of());
    out.putIfAbsent("memo", Map.of());
    return out;
  }
}
