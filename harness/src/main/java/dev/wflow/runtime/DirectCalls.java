package dev.wflow.runtime;

import dev.wflow.registry.EntryKind;
import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.FunctionCall;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Runs one {@code funcs} call of code outside workflows (test code and the functions it calls): the
 * {@code function.lua}/{@code process.lua} entry runs directly, in a Lua environment of its own
 * that the caller's context prepares, and its {@code value} or {@code nil, err} (a raised error
 * with its file:line) becomes the call's outcome. Calls nest at most {@link #MAX_DEPTH} deep; the
 * call beyond fails with the caller's position instead of overflowing the stack.
 *
 * <pre>{@code
 * DirectCalls calls = new DirectCalls(() -> project, (entry, depth, ctx) -> sandboxFor(entry, ctx));
 * CallOutcome o = calls.run(call, 0, Map.of(), () -> "src/t.lua:3");
 * }</pre>
 */
public final class DirectCalls {

  /** How deep {@code funcs.call}s may nest before the call fails instead of the stack. */
  public static final int MAX_DEPTH = 32;

  /** Opens the environment a called function runs in, with the modules of its context. */
  @FunctionalInterface
  public interface Sandboxes {
    /**
     * @param depth the called function's depth (its own calls run at this depth)
     * @param context ctx values for the called function
     */
    LuaSandbox open(LuaEntry entry, int depth, Map<String, Object> context);
  }

  private final Supplier<LuaProject> project;
  private final Sandboxes sandboxes;

  public DirectCalls(Supplier<LuaProject> project, Sandboxes sandboxes) {
    this.project = project;
    this.sandboxes = sandboxes;
  }

  /**
   * Runs {@code call}, made by code {@code depth} calls deep.
   *
   * @param context the caller's ctx, which the call's {@code with_context} values overlay
   * @param where the caller's file:line, for the depth-limit error
   */
  public CallOutcome run(
      FunctionCall call, int depth, Map<String, Object> context, Supplier<String> where) {
    if (depth >= MAX_DEPTH) {
      String at = where.get();
      return failure(
          "Internal",
          (at.isEmpty() ? "" : at + ": ")
              + "funcs.call("
              + call.target()
              + ") nested more than "
              + MAX_DEPTH
              + " calls deep (a function that calls itself without end?)",
          false);
    }
    LuaProject p = project.get();
    LuaEntry entry =
        p.entry(call.target())
            .filter(e -> e.kind().equals(EntryKind.FUNCTION) || e.kind().equals(EntryKind.PROCESS))
            .orElse(null);
    if (entry == null) {
      // As an activity's funcs.call words it.
      return failure("NotFound", "function " + call.target() + " not found", false);
    }
    Map<String, Object> merged = new LinkedHashMap<>(context);
    merged.putAll(call.context());
    return run(p, entry, call, depth + 1, merged);
  }

  private CallOutcome run(
      LuaProject project, LuaEntry entry, FunctionCall call, int depth, Map<String, Object> ctx) {
    LuaSandbox sandbox = sandboxes.open(entry, depth, ctx);
    try {
      LuaValue main = EntryProgram.load(sandbox, project, entry, null);
      LuaValue[] args = call.args().stream().map(LuaJson::toLua).toArray(LuaValue[]::new);
      Varargs r = main.invoke(LuaValue.varargsOf(args));
      if (r.arg1().isnil() && !r.arg(2).isnil()) {
        LuaValue err = r.arg(2);
        return CallOutcome.failure(
            err instanceof WippyError ? err : WippyError.of("", err.tojstring(), null, null));
      }
      return CallOutcome.success(LuaJson.toJava(r.arg1()));
    } catch (LuaLoadException e) {
      return failure("Invalid", e.getMessage(), false);
    } catch (RunawayLuaError e) {
      return failure("Timeout", e.getMessage(), false);
    } catch (LuaError e) {
      if (e instanceof RunEnding) {
        throw e;
      }
      if (e.getMessageObject() instanceof WippyError raised) {
        return CallOutcome.failure(raised);
      }
      // A raised string: its message with the file:line Lua put in front.
      return failure("Internal", e.getMessage(), null);
    } catch (StackOverflowError e) {
      return failure(
          "Internal", sandbox.tracker().where() + ": stack overflow in " + entry.id(), false);
    }
  }

  private static CallOutcome failure(String kind, String message, Boolean retryable) {
    return CallOutcome.failure(WippyError.of(kind, message, retryable, null));
  }
}
