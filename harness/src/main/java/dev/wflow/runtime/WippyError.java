package dev.wflow.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A Wippy error object (SPEC §7): {@code err:kind()} a CamelCase kind or {@code ""}, {@code
 * err:retryable()} true/false/nil, {@code err:message()}, {@code err:details()} (nil when there are
 * none), {@code err:stack()} (the Lua stack where {@code errors.new}/{@code errors.wrap} ran).
 * {@code errors.wrap(err, "context")} keeps the inner message; {@code tostring(err)} is the message
 * with the wrapping contexts in front ({@code "loading: gone"}).
 *
 * <pre>{@code
 * WippyError e = WippyError.of("NotFound", "no such order", Boolean.FALSE, null);
 * LuaValue kind = e.method("kind").call(e); // "NotFound"
 * }</pre>
 */
public final class WippyError extends LuaUserdata {

  private static final LuaTable METATABLE = metatable();

  private final String kind;
  private final String message;
  private final Boolean retryable;
  private final LuaValue details;
  private final String context;
  private final java.util.List<LineTracker.StackFrame> stack;

  private WippyError(
      String kind,
      String message,
      Boolean retryable,
      LuaValue details,
      String context,
      java.util.List<LineTracker.StackFrame> stack) {
    super(new Object(), METATABLE);
    this.kind = kind == null ? "" : kind;
    this.message = message == null ? "" : message;
    this.retryable = retryable;
    this.details = details == null ? LuaValue.NIL : details;
    this.context = context;
    this.stack = stack == null ? java.util.List.of() : stack;
  }

  private WippyError(String kind, String message, Boolean retryable, LuaValue details) {
    this(kind, message, retryable, details, null, null);
  }

  /** This error under one more context ({@code errors.wrap}): kind, message and details kept. */
  public WippyError wrap(String outer, java.util.List<LineTracker.StackFrame> at) {
    String chain =
        outer == null || outer.isEmpty()
            ? context
            : context == null ? outer : outer + ": " + context;
    return new WippyError(kind, message, retryable, details, chain, at);
  }

  /** This error with the Lua stack it was made at. */
  public WippyError at(java.util.List<LineTracker.StackFrame> frames) {
    return new WippyError(kind, message, retryable, details, context, frames);
  }

  /** The Lua frames where the error was made, innermost first (empty for host errors). */
  public java.util.List<LineTracker.StackFrame> stack() {
    return stack;
  }

  /** An error object; {@code kind} may be empty, {@code retryable} may be null. */
  public static WippyError of(String kind, String message, Boolean retryable, LuaValue details) {
    return new WippyError(kind, message, retryable, details);
  }

  /** Rebuilds an error from its JSON form ({@link #toJava()}). */
  public static WippyError fromJava(Map<?, ?> map) {
    Object retry = map.get("retryable");
    return of(
        stringOr(map.get("kind"), ""),
        stringOr(map.get("message"), ""),
        retry instanceof Boolean b ? b : null,
        LuaJson.toLua(map.get("details")));
  }

  private static String stringOr(Object v, String fallback) {
    return v == null ? fallback : v.toString();
  }

  /**
   * The error a raised Lua value stands for: an error object stays itself, anything else becomes an
   * error of unknown kind whose message is the value's text (with the Lua file:line prefix).
   */
  public static WippyError fromRaised(LuaError raised) {
    LuaValue object = raised.getMessageObject();
    if (object instanceof WippyError e) {
      return e;
    }
    String text = object == null || object.isnil() ? raised.getMessage() : object.tojstring();
    return of("", text, null, null);
  }

  public String kind() {
    return kind;
  }

  public String message() {
    return message;
  }

  /** {@code true}, {@code false} or {@code null} (unknown). */
  public Boolean retryable() {
    return retryable;
  }

  public LuaValue details() {
    return details;
  }

  /** The JSON form carried in failure details across activities and child workflows. */
  public Map<String, Object> toJava() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", kind);
    map.put("message", message);
    map.put("retryable", retryable);
    map.put("details", details.isnil() ? null : LuaJson.toJava(details));
    return map;
  }

  @Override
  public String tojstring() {
    return context == null ? message : context + ": " + message;
  }

  @Override
  public LuaValue tostring() {
    return LuaValue.valueOf(tojstring());
  }

  @Override
  public String typename() {
    return "userdata";
  }

  private static LuaTable metatable() {
    LuaTable methods = new LuaTable();
    methods.set("kind", getter(e -> LuaValue.valueOf(e.kind)));
    methods.set("message", getter(e -> LuaValue.valueOf(e.message)));
    methods.set(
        "retryable",
        getter(e -> e.retryable == null ? LuaValue.NIL : LuaValue.valueOf(e.retryable)));
    methods.set("details", getter(e -> e.details));
    methods.set("stack", getter(e -> LuaValue.valueOf(LineTracker.traceback(e.stack))));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, methods);
    meta.set(
        LuaValue.TOSTRING,
        new OneArgFunction() {
          @Override
          public LuaValue call(LuaValue self) {
            return LuaValue.valueOf(self.tojstring());
          }
        });
    meta.set(
        LuaValue.CONCAT,
        new VarArgFunction() {
          @Override
          public Varargs invoke(Varargs args) {
            return LuaValue.valueOf(args.arg1().tojstring() + args.arg(2).tojstring());
          }
        });
    return meta;
  }

  private interface Getter {
    LuaValue get(WippyError e);
  }

  private static OneArgFunction getter(Getter getter) {
    return new OneArgFunction() {
      @Override
      public LuaValue call(LuaValue self) {
        if (!(self instanceof WippyError e)) {
          throw new LuaError("error method called without an error object (use err:method())");
        }
        return getter.get(e);
      }
    };
  }
}
