package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.method;

import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.UpdateOutcome;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.history.ActivityCall;
import dev.wflow.temporal.history.ChildRun;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.RunEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    void signalled(WorkflowRun run, String topic, Object data);
  }

  private RunObject() {}

  /**
   * @param resultLimit how long {@code run:result()} waits in wall time before it ends the run
   * @param child the run object of a child workflow, by its workflow ID
   */
  static LuaTable of(
      WorkflowRun run,
      Blocking blocking,
      Duration resultLimit,
      Function<String, LuaTable> child,
      SignalLog log) {
    LuaTable o = new LuaTable();
    o.set("pid", run.pid());
    o.set("workflow_id", run.entry().id());
    method(o, "result", a -> outcome(blocking.await(() -> run.result(resultLimit))));
    method(
        o,
        "sleep",
        a -> {
          Duration d = Payloads.duration(a.arg1());
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
        a -> {
          String name = a.checkjstring(1);
          Object[] args = Payloads.args(a, 2).toArray();
          return updated(blocking.await(() -> run.update(name, args)));
        });
    method(o, "query", a -> query(blocking, run, a.checkjstring(1)));
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
    method(o, "status", a -> LuaValue.valueOf(blocking.await(() -> run.status().label())));
    method(o, "calls", a -> calls(blocking.await(() -> run.calls(a.checkjstring(1)))));
    method(o, "history", a -> Payloads.toLua(history(blocking.await(run::history))));
    method(o, "children", a -> children(blocking.await(run::children), child));
    method(o, "attrs", a -> Payloads.toLua(attrs(blocking.await(run::attrs))));
    method(o, "elapsed", a -> LuaValue.valueOf(blocking.await(run::elapsed)));
    return o;
  }

  /**
   * {@code run:query(name)}: the answer, or {@code nil, err} when the workflow refuses the query
   * (an unknown name), with the workflow's own words instead of the SDK's Java text.
   */
  private static Varargs query(Blocking blocking, WorkflowRun run, String name) {
    try {
      return Payloads.toLua(blocking.await(() -> run.query(name)));
    } catch (RuntimeException e) {
      if (e instanceof LuaError && !(e.getCause() instanceof RuntimeException)) {
        throw e; // the test's own deadline, not the query's answer
      }
      return LuaValue.varargsOf(LuaValue.NIL, LuaValue.valueOf(queryProblem(e, name)));
    }
  }

  private static String queryProblem(Throwable e, String name) {
    String deepest = null;
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("unknown query '")) {
        return m.substring(m.indexOf("unknown query '")).lines().findFirst().orElse(m);
      }
      if (m != null && !m.isBlank()) {
        deepest = m.lines().findFirst().orElse(m);
      }
    }
    return "query '"
        + name
        + "' failed: "
        + (deepest == null ? e.getClass().getSimpleName() : deepest);
  }

  /** Lua's {@code value, err} pair. */
  private static Varargs outcome(RunOutcome out) {
    return pair(out.result(), out.error());
  }

  private static Varargs updated(UpdateOutcome out) {
    return pair(out.value(), out.error());
  }

  private static Varargs pair(Object value, ErrorInfo error) {
    if (error != null) {
      return LuaValue.varargsOf(LuaValue.NIL, Payloads.error(error));
    }
    return Payloads.toLua(value);
  }

  private static LuaValue calls(List<ActivityCall> calls) {
    LuaTable list = new LuaTable();
    for (ActivityCall c : calls) {
      LuaTable t = new LuaTable();
      t.set("activity", c.id());
      t.set("args", Payloads.toLua(c.args()));
      t.set("result", Payloads.toLua(c.result()));
      if (c.error() != null) {
        t.set("error", Payloads.error(c.error()));
      }
      list.set(list.length() + 1, t);
    }
    return list;
  }

  /** Each event as {@code {id, type, time, summary}}. */
  private static List<Object> history(List<RunEvent> events) {
    List<Object> out = new ArrayList<>();
    for (RunEvent e : events) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type());
      m.put("time", e.time() == null ? null : e.time().toString());
      m.put("summary", e.summary());
      out.add(m);
    }
    return out;
  }

  private static LuaValue children(List<ChildRun> runs, Function<String, LuaTable> child) {
    LuaTable list = new LuaTable();
    runs.forEach(r -> list.set(list.length() + 1, child.apply(r.workflowId())));
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
