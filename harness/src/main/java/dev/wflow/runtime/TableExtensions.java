package dev.wflow.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * What Wippy's Lua adds to {@code table}: {@code create(narray, nhash)}, {@code freeze(t)} / {@code
 * isfrozen(t)}, and the Lua 5.1 {@code getn} / {@code maxn}.
 *
 * <p>LuaJ cannot seal a table in place, so a frozen table gets a metatable whose {@code __newindex}
 * refuses new keys, and {@code table.insert}, {@code remove} and {@code sort} refuse it; assigning
 * an existing key of a frozen table is not caught (a documented limit).
 *
 * <pre>{@code
 * TableExtensions.install((LuaTable) globals.get("table"));
 * // local t = table.freeze({1, 2}); t.x = 1 --> error "attempt to modify a frozen table"
 * }</pre>
 */
public final class TableExtensions {

  private static final String FROZEN = "attempt to modify a frozen table";
  private static final Map<LuaTable, Boolean> frozen =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final LuaTable FROZEN_META = frozenMeta();

  private TableExtensions() {}

  public static void install(LuaTable table) {
    table.rawset(
        "create",
        LuaFunctions.of(
            a -> new LuaTable(Math.max(0, a.checkint(1)), Math.max(0, a.optint(2, 0)))));
    table.rawset("freeze", LuaFunctions.of(TableExtensions::freeze));
    table.rawset("isfrozen", LuaFunctions.of(a -> LuaValue.valueOf(isFrozen(a.checktable(1)))));
    table.rawset("getn", LuaFunctions.of(a -> LuaValue.valueOf(a.checktable(1).length())));
    table.rawset("maxn", LuaFunctions.of(a -> LuaValue.valueOf(PlainValues.maxn(a.checktable(1)))));
    for (String mutator : new String[] {"insert", "remove", "sort"}) {
      LuaValue original = table.rawget(mutator);
      table.rawset(
          mutator,
          LuaFunctions.of(
              a -> {
                if (a.arg1() instanceof LuaTable t && isFrozen(t)) {
                  throw new LuaError(FROZEN);
                }
                return original.invoke(a);
              }));
    }
  }

  public static boolean isFrozen(LuaTable t) {
    return frozen.containsKey(t);
  }

  private static Varargs freeze(Varargs a) {
    LuaTable t = a.checktable(1);
    if (!isFrozen(t)) {
      if (t.getmetatable() != null && t.getmetatable() != FROZEN_META) {
        throw new LuaError("cannot freeze a table that has a metatable");
      }
      t.setmetatable(FROZEN_META);
      frozen.put(t, Boolean.TRUE);
    }
    return t;
  }

  private static LuaTable frozenMeta() {
    LuaTable meta = new LuaTable();
    meta.rawset(
        "__newindex",
        LuaFunctions.of(
            a -> {
              throw new LuaError(FROZEN);
            }));
    meta.rawset("__metatable", LuaValue.valueOf("frozen"));
    return meta;
  }
}
