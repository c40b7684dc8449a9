package dev.wflow.testing.lua;

import java.util.LinkedHashMap;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code test.mock("process.send", fn)}: module tables are read-only, so a mock installs a new
 * global table whose field is replaced and which falls back to the original for everything else.
 * The original global comes back on restore, which the runner does after every test.
 */
final class MockTable {

  private final LuaTable globals;
  private final Map<String, LuaValue> originals = new LinkedHashMap<>();

  MockTable(LuaTable globals) {
    this.globals = globals;
  }

  /** {@code mock("obj.field", fn)} or {@code mock(obj, "field", fn)}. */
  void mock(Varargs a) {
    String global;
    String field;
    LuaValue replacement;
    if (a.arg1().isstring()) {
      String path = a.arg1().tojstring();
      int dot = path.indexOf('.');
      if (dot <= 0 || dot == path.length() - 1 || path.indexOf('.', dot + 1) >= 0) {
        throw new LuaError("invalid mock path '" + path + "': expected 'object.field'");
      }
      global = path.substring(0, dot);
      field = path.substring(dot + 1);
      replacement = a.arg(2);
    } else if (a.arg1().istable() && a.arg(2).isstring()) {
      global = globalNameOf(a.arg1());
      field = a.arg(2).tojstring();
      replacement = a.arg(3);
    } else {
      throw new LuaError("invalid mock arguments: use test.mock('object.field', replacement)");
    }
    LuaValue target = globals.rawget(global);
    if (!target.istable()) {
      throw new LuaError("cannot mock '" + global + "." + field + "': no global table " + global);
    }
    originals.putIfAbsent(global, target);
    LuaTable overlay = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.rawset(LuaValue.INDEX, target);
    overlay.setmetatable(meta);
    overlay.rawset(field, replacement);
    globals.rawset(global, overlay);
  }

  /** {@code mock_process(field, fn)}: creates {@code process} if the state has none. */
  void mockProcess(Varargs a) {
    if (!globals.rawget("process").istable()) {
      originals.putIfAbsent("process", LuaValue.NIL);
      globals.rawset("process", new LuaTable());
    }
    if (!a.arg1().isnil()) {
      mock(LuaValue.varargsOf(LuaValue.valueOf("process." + a.arg1().tojstring()), a.arg(2)));
    }
  }

  void restore(String path) {
    int dot = path.indexOf('.');
    String global = dot < 0 ? path : path.substring(0, dot);
    LuaValue original = originals.remove(global);
    if (original != null) {
      globals.rawset(global, original);
    }
  }

  void restoreAll() {
    originals.forEach(globals::rawset);
    originals.clear();
  }

  private String globalNameOf(LuaValue table) {
    for (LuaValue k : globals.keys()) {
      if (globals.rawget(k).raweq(table) && k.isstring()) {
        return k.tojstring();
      }
    }
    for (Map.Entry<String, LuaValue> e : originals.entrySet()) {
      if (e.getValue().raweq(table)) {
        return e.getKey();
      }
    }
    throw new LuaError("cannot mock a table that is not a global module; use 'object.field'");
  }
}
