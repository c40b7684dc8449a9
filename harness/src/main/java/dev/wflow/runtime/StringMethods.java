package dev.wflow.runtime;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * Gives each Lua state its own string methods. LuaJ keeps one static metatable for all strings,
 * pointing at the {@code string} table of whichever state loaded its string library first: a test
 * file that set {@code string.upper} changed {@code ("abc"):upper()} in every later test file,
 * workflow and activity. Here the shared metatable only dispatches: {@code s:upper()} looks the
 * method up in the metatable of the state running on the current thread, which {@link LineTracker}
 * sets whenever a thread enters a state's Lua code.
 *
 * <pre>{@code
 * LuaTable meta = StringMethods.install(globals); // this state's string metatable
 * tracker.stringMetatable(meta);
 * }</pre>
 */
public final class StringMethods {

  private static final ThreadLocal<LuaValue> CURRENT = new ThreadLocal<>();

  /** Methods for strings indexed from Java with no Lua state running on the thread. */
  private static final LuaValue PRISTINE = pristine();

  static {
    LuaString.s_metatable = LuaValue.tableOf(new LuaValue[] {LuaValue.INDEX, new Dispatch()});
  }

  private StringMethods() {}

  /**
   * Makes {@code getmetatable("")} of {@code globals} its own table with {@code __index} its own
   * {@code string} table, and returns that metatable.
   */
  public static LuaTable install(Globals globals) {
    LuaTable meta = LuaValue.tableOf(new LuaValue[] {LuaValue.INDEX, globals.get("string")});
    LuaValue getmetatable = globals.get("getmetatable");
    globals.set(
        "getmetatable",
        LuaFunctions.of(a -> a.arg1().type() == LuaValue.TSTRING ? meta : getmetatable.invoke(a)));
    return meta;
  }

  /** Makes {@code meta} the string metatable of this thread; returns the one it replaces. */
  static LuaValue enter(LuaValue meta) {
    LuaValue previous = CURRENT.get();
    CURRENT.set(meta);
    return previous;
  }

  /** Restores what {@link #enter} replaced. */
  static void leave(LuaValue previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  private static LuaValue pristine() {
    Globals g = new Globals();
    g.load(new org.luaj.vm2.lib.BaseLib());
    g.load(new org.luaj.vm2.lib.PackageLib());
    g.load(new StringLib());
    return g.get("string");
  }

  /** The shared {@code __index}: the running state's {@code __index}, a table or a function. */
  private static final class Dispatch extends TwoArgFunction {
    @Override
    public LuaValue call(LuaValue s, LuaValue key) {
      LuaValue meta = CURRENT.get();
      LuaValue index = meta == null ? PRISTINE : meta.rawget(LuaValue.INDEX);
      if (index.istable()) {
        return index.get(key);
      }
      if (index.isfunction()) {
        Varargs r = index.invoke(s, key);
        return r.arg1();
      }
      return LuaValue.NIL;
    }
  }
}
