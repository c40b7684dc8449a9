package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LineTracker;
import dev.wflow.runtime.LuaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The {@value #NAME} query: the waiting Lua frame's locals, its call stack, or a Lua expression
 * evaluated in it, for a debugger. It runs while the workflow's threads wait (queries never run
 * beside workflow code), and it reads: the expression sees the frame's locals and the globals, and
 * assigning a global raises an error.
 *
 * <pre>{@code
 * run.query(FrameQuery.NAME, Map.of("what", "locals"));
 * // {frame = "src/order.lua:31", values = {order = {...}, payment = nil}}
 * run.query(FrameQuery.NAME, Map.of("what", "eval", "expr", "order.total * 2"));
 * // {value = 84}  or  {error = "..."}
 * run.query(FrameQuery.NAME, Map.of("what", "stack"));
 * // {frame = "src/order.lua:31", stack = {"src/order.lua:31 in function <src/order.lua:20>", ...}}
 * }</pre>
 */
public final class FrameQuery {

  public static final String NAME = "wflow.frame";

  private FrameQuery() {}

  static Object answer(LuaExecution execution, Object request) {
    Map<?, ?> r = request instanceof Map<?, ?> m ? m : Map.of();
    String waiting = execution.waitingFor();
    int at = waiting.lastIndexOf(" at ");
    LineTracker.Frame frame = execution.tracker().frameAt(at < 0 ? "" : waiting.substring(at + 4));
    Map<String, Object> out = new LinkedHashMap<>();
    if (frame == null) {
      out.put("error", "the workflow is not inside a Lua function now (" + waiting + ")");
      return out;
    }
    out.put("frame", frame.position());
    if ("stack".equals(r.get("what"))) {
      java.util.List<String> stack = new java.util.ArrayList<>();
      for (LineTracker.StackFrame f : execution.tracker().stackAt(frame.position())) {
        stack.add(f.source() + ":" + f.line() + " in " + f.name());
      }
      out.put("stack", stack);
      return out;
    }
    if ("eval".equals(r.get("what"))) {
      return eval(execution, frame, String.valueOf(r.get("expr")), out);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    frame.locals().forEach((k, v) -> values.put(k, json(v)));
    out.put("values", values);
    return out;
  }

  private static Map<String, Object> eval(
      LuaExecution execution, LineTracker.Frame frame, String expr, Map<String, Object> out) {
    Globals globals = execution.sandbox().globals();
    LuaTable view = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.set(
        "__index",
        new VarArgFunction() {
          @Override
          public Varargs invoke(Varargs a) {
            LuaValue key = a.arg(2);
            LuaValue local = key.isstring() ? frame.locals().get(key.tojstring()) : null;
            return local != null ? local : globals.get(key);
          }
        });
    meta.set(
        "__newindex",
        new VarArgFunction() {
          @Override
          public Varargs invoke(Varargs a) {
            throw new LuaError("print is read-only: it cannot assign " + a.arg(2).tojstring());
          }
        });
    view.setmetatable(meta);
    try {
      LuaValue chunk = globals.load("return " + expr, "=print", view);
      out.put("value", json(chunk.call()));
    } catch (LuaError e) {
      out.put("error", e.getMessage());
    }
    return out;
  }

  /** A JSON value for the debugger; functions and other non-JSON values as their type name. */
  private static Object json(LuaValue v) {
    try {
      return LuaJson.toJava(v);
    } catch (LuaError e) {
      return "<" + v.typename() + ">";
    }
  }
}
