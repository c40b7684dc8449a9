package dev.wflow.runtime.funcs;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import dev.wflow.runtime.security.SecurityContext;
import dev.wflow.runtime.security.SecurityModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code funcs} as the runtime has it ({@code runtime/lua/modules/funcs}), one implementation for
 * every context: {@code call}, {@code async} and {@code new()} executors whose {@code
 * with_options}, {@code with_context}, {@code with_actor} and {@code with_scope} each return a new
 * executor. Where a call goes is the context's {@link FunctionHost}.
 *
 * <pre>{@code
 * sandbox.provide("funcs", FuncsModule.create(call -> activities.schedule(call)));
 * // Lua: local f = funcs.new():with_options({timeout = "5s"}):async("app:heavy", 42)
 * //      local payload, ok = f:response():receive()
 * }</pre>
 */
public final class FuncsModule {

  static final String EXECUTOR = "funcs.Executor";

  /** What an executor carries; {@code options} stays null until {@code with_options}. */
  private record Settings(
      Map<String, Object> context, Map<String, Object> options, LuaValue actor, LuaValue scope) {
    static final Settings NONE = new Settings(Map.of(), null, LuaValue.NIL, LuaValue.NIL);
  }

  private final FunctionHost host;
  private final LuaTable executorType;

  private FuncsModule(FunctionHost host) {
    this.host = host;
    this.executorType = Builtin.type(EXECUTOR, executorMethods());
  }

  public static ModuleTable create(FunctionHost host) {
    FuncsModule funcs = new FuncsModule(host);
    ModuleTable m = new ModuleTable("funcs");
    m.define("new", of(a -> funcs.executor(Settings.NONE)));
    m.define("call", of(a -> funcs.call(Settings.NONE, a, 1)));
    m.define("async", of(a -> funcs.async(Settings.NONE, a, 1)));
    return m;
  }

  private LuaValue executor(Settings settings) {
    return Builtin.object(settings, executorType);
  }

  private LuaTable executorMethods() {
    LuaTable m = new LuaTable();
    m.set("with_context", of(a -> withContext(self(a), a)));
    m.set("with_options", of(a -> withOptions(self(a), a)));
    m.set("with_actor", of(a -> withSecurity(self(a), a, "actor")));
    m.set("with_scope", of(a -> withSecurity(self(a), a, "scope")));
    m.set("call", of(a -> call(self(a), a, 2)));
    m.set("async", of(a -> async(self(a), a, 2)));
    return m;
  }

  private static Settings self(Varargs a) {
    return Builtin.self(a, Settings.class, EXECUTOR);
  }

  private LuaValue withContext(Settings s, Varargs a) {
    Map<String, Object> context = new LinkedHashMap<>(s.context());
    stringKeys(a.checktable(2)).forEach(context::put);
    return executor(new Settings(context, s.options(), s.actor(), s.scope()));
  }

  private LuaValue withOptions(Settings s, Varargs a) {
    // The runtime replaces the options, it does not merge them.
    Map<String, Object> options = stringKeys(a.checktable(2));
    return executor(new Settings(s.context(), options, s.actor(), s.scope()));
  }

  private LuaValue withSecurity(Settings s, Varargs a, String what) {
    LuaValue v = a.arg(2);
    if (v.isnil()) {
      throw new LuaError("bad argument #2 (" + what + " cannot be nil)");
    }
    boolean fits =
        what.equals("actor")
            ? SecurityModule.actorOf(v) != null
            : SecurityModule.scopeOf(v) != null;
    if (!fits) {
      throw new LuaError(
          "bad argument #2 (" + (what.equals("actor") ? "Actor" : "Scope") + " expected)");
    }
    return executor(
        what.equals("actor")
            ? new Settings(s.context(), s.options(), v, s.scope())
            : new Settings(s.context(), s.options(), s.actor(), v));
  }

  /** The executor's ctx values, with its actor and scope for the called function. */
  private static Map<String, Object> callContext(Settings s) {
    if (s.actor().isnil() && s.scope().isnil()) {
      return s.context();
    }
    Map<String, Object> context = new LinkedHashMap<>(s.context());
    if (!s.actor().isnil()) {
      context.putAll(SecurityContext.withActor(SecurityModule.actorOf(s.actor())));
    }
    if (!s.scope().isnil()) {
      context.putAll(SecurityContext.withScope(SecurityModule.scopeOf(s.scope())));
    }
    return context;
  }

  private static Map<String, Object> stringKeys(LuaTable t) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (LuaValue k = t.next(LuaValue.NIL).arg1(); !k.isnil(); k = t.next(k).arg1()) {
      if (k.type() == LuaValue.TSTRING) {
        out.put(k.tojstring(), LuaJson.toJava(t.rawget(k)));
      }
    }
    return out;
  }

  /** {@code call(target, ...)}: the function's result as a plain value, or {@code nil, err}. */
  private Varargs call(Settings s, Varargs a, int targetArg) {
    Object started = start(s, a, targetArg);
    if (!(started instanceof PendingCall pending)) {
      return (Varargs) started;
    }
    CallOutcome outcome = pending.await();
    return outcome.failed()
        ? LuaValue.varargsOf(LuaValue.NIL, outcome.error())
        : LuaJson.toLua(outcome.value());
  }

  /** {@code async(target, ...)}: a {@link Future}, or {@code nil, err}. */
  private Varargs async(Settings s, Varargs a, int targetArg) {
    Object started = start(s, a, targetArg);
    return started instanceof PendingCall pending ? new Future(pending) : (Varargs) started;
  }

  /** A {@link PendingCall}, or the {@code nil, err} to return. */
  private Object start(Settings s, Varargs a, int targetArg) {
    String target = a.checkjstring(targetArg);
    Varargs invalid = checkTarget(target);
    if (invalid != null) {
      return invalid;
    }
    List<Object> args = LuaJson.toJavaList(a, targetArg + 1);
    try {
      return host.start(new FunctionCall(target, args, s.options(), callContext(s)));
    } catch (IllegalArgumentException e) {
      return StandardModules.failure("Invalid", e.getMessage());
    }
  }

  /** The runtime's checks of a function id, in its words; null when the id is well formed. */
  static Varargs checkTarget(String target) {
    if (target.isEmpty()) {
      return StandardModules.failure("Invalid", "function ID required");
    }
    int colon = target.indexOf(':');
    if (colon <= 0) {
      return StandardModules.failure("Invalid", "namespace required in function ID");
    }
    if (colon == target.length() - 1) {
      return StandardModules.failure("Invalid", "name required in function ID");
    }
    return null;
  }
}
