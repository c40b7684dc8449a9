package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.registry.EntryKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code funcs} outside workflows, the one implementation for every context that is not a workflow
 * (test code, a function a test calls, an activity): {@code funcs.call(id, …)} runs the {@code
 * function.lua}/{@code process.lua} entry {@code id} directly, in a Lua environment of its own that
 * the caller's context prepares, and returns {@code value} or {@code nil, err}. Call options
 * ({@code new():with_options}) tune Temporal activities only and are accepted and ignored; {@code
 * with_context} values reach the called function's {@code ctx}.
 *
 * <pre>{@code
 * DirectCalls calls = new DirectCalls(() -> project, (entry, depth, ctx) -> sandboxFor(entry, ctx));
 * sandbox.provide("funcs", calls.module(0, Map.of()));
 * }</pre>
 */
public final class DirectCalls {

  /** How deep {@code funcs.call}s may nest before the call fails instead of the stack. */
  public static final int MAX_DEPTH = 32;

  /** Opens the environment a called function runs in, with the modules of its context. */
  @FunctionalInterface
  public interface Sandboxes {
    /**
     * @param depth the new call's depth (its own {@code funcs} is {@code module(…, depth, …)})
     * @param context ctx values for the called function
     */
    LuaSandbox open(LuaEntry entry, int depth, Map<String, Object> context);
  }

  private final Supplier<LuaProject> project;
  private final Sandboxes sandboxes;

  /**
   * @param project the project whose entries are called (looked up at each call: test code's
   *     project comes with its test's node)
   */
  public DirectCalls(Supplier<LuaProject> project, Sandboxes sandboxes) {
    this.project = project;
    this.sandboxes = sandboxes;
  }

  /**
   * The {@code funcs} module of code running {@code depth} calls deep.
   *
   * @param context ctx values the caller's calls inherit
   */
  public ModuleTable module(int depth, Map<String, Object> context) {
    return module(depth, context, () -> "");
  }

  /**
   * @param where the calling code's file:line, for the depth-limit error
   */
  public ModuleTable module(int depth, Map<String, Object> context, Supplier<String> where) {
    ModuleTable m = new ModuleTable("funcs");
    m.define("call", of(a -> call(depth, context, where, a)));
    m.define("new", of(a -> executor(depth, context, where)));
    return m;
  }

  /** {@code funcs.new()}: immutable, each {@code with_*} makes a new executor. */
  private LuaTable executor(int depth, Map<String, Object> context, Supplier<String> where) {
    LuaTable e = new LuaTable();
    e.set("call", of(a -> call(depth, context, where, a.subargs(2))));
    e.set("with_options", of(a -> executor(depth, context, where)));
    e.set("with_actor", of(a -> executor(depth, context, where)));
    e.set("with_scope", of(a -> executor(depth, context, where)));
    e.set(
        "with_context",
        of(
            a -> {
              Map<String, Object> merged = new LinkedHashMap<>(context);
              if (a.arg(2).istable() && LuaJson.toJava(a.arg(2)) instanceof Map<?, ?> more) {
                more.forEach((k, v) -> merged.put(String.valueOf(k), v));
              }
              return executor(depth, merged, where);
            }));
    return e;
  }

  private Varargs call(
      int depth, Map<String, Object> context, Supplier<String> where, Varargs args) {
    String id = args.arg1().isstring() ? args.arg1().tojstring() : "";
    int colon = id.indexOf(':');
    if (colon <= 0 || colon == id.length() - 1) {
      return StandardModules.failure("Invalid", "namespace:name required (got \"" + id + "\")");
    }
    if (depth >= MAX_DEPTH) {
      String at = where.get();
      return StandardModules.failure(
          "Internal",
          (at.isEmpty() ? "" : at + ": ")
              + "funcs.call("
              + id
              + ") nested more than "
              + MAX_DEPTH
              + " calls deep (a function that calls itself without end?)");
    }
    LuaProject p = project.get();
    LuaEntry target =
        p.entry(id)
            .filter(e -> e.kind().equals(EntryKind.FUNCTION) || e.kind().equals(EntryKind.PROCESS))
            .orElse(null);
    if (target == null) {
      return LuaValue.varargsOf(
          LuaValue.NIL, WippyError.of("NotFound", "function " + id + " not found", true, null));
    }
    return run(p, target, LuaJson.toJavaList(args, 2), depth + 1, context);
  }

  private Varargs run(
      LuaProject project,
      LuaEntry entry,
      List<Object> args,
      int depth,
      Map<String, Object> context) {
    LuaSandbox sandbox = sandboxes.open(entry, depth, context);
    try {
      LuaValue main = EntryProgram.load(sandbox, project, entry, null);
      LuaValue[] luaArgs = args.stream().map(LuaJson::toLua).toArray(LuaValue[]::new);
      Varargs r = main.invoke(LuaValue.varargsOf(luaArgs));
      if (r.arg1().isnil() && !r.arg(2).isnil()) {
        LuaValue err = r.arg(2);
        return LuaValue.varargsOf(
            LuaValue.NIL,
            err instanceof WippyError ? err : WippyError.of("", err.tojstring(), null, null));
      }
      // A value crosses as JSON, as between two platform processes.
      return LuaJson.toLua(LuaJson.toJava(r.arg1()));
    } catch (LuaLoadException e) {
      return StandardModules.failure("Invalid", e.getMessage());
    } catch (RunawayLuaError e) {
      return StandardModules.failure("Timeout", e.getMessage());
    } catch (LuaError e) {
      if (e instanceof RunEnding) {
        throw e;
      }
      if (e.getMessageObject() instanceof WippyError raised) {
        return LuaValue.varargsOf(LuaValue.NIL, raised);
      }
      // A raised string: its message with the file:line Lua put in front.
      return StandardModules.failure("Internal", e.getMessage());
    } catch (StackOverflowError e) {
      return StandardModules.failure(
          "Internal", sandbox.tracker().where() + ": stack overflow in " + entry.id());
    }
  }
}
