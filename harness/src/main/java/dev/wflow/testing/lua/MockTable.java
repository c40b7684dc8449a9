package dev.wflow.testing.lua;

import dev.wflow.runtime.LuaFunctions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code test.mock("process.send", fn)} as {@code wippy/test} does it: module tables are read-only,
 * so the global {@code process} is replaced by a copy of it holding the new field, and the global
 * is put back on restore (the runner restores after every test). A mocked {@code process.send}
 * still lets the test framework's own {@code test:*} messages through. Only the string-path form
 * exists; {@code mock(obj, "field", fn)} raises the platform's error.
 *
 * <p>Unlike the platform, a restore puts back the original table itself (the platform puts back a
 * copy of it), and {@code restore_all_mocks} undoes the mocks newest first.
 */
final class MockTable {

  private record Saved(String global, LuaValue before) {}

  private final LuaTable globals;
  private final ProcessIntegration link;
  private final Map<String, Saved> registry = new LinkedHashMap<>();

  MockTable(LuaTable globals, ProcessIntegration link) {
    this.globals = globals;
    this.link = link;
  }

  /** {@code mock(path, replacement)}. */
  void mock(Varargs a) {
    if (!(a.arg1().type() == LuaValue.TSTRING && !a.arg(2).isnil())) {
      if (!a.arg(3).isnil()) {
        throw new LuaError(
            "With immutable tables, please use string path format: mock('object.field',"
                + " replacement)");
      }
      throw new LuaError("Invalid mock arguments. Use: mock('object.field', replacement)");
    }
    String path = a.arg1().tojstring();
    List<String> parts = new ArrayList<>();
    for (String p : path.split("\\.")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.size() != 2) {
      throw new LuaError("Invalid mock path: " + path + ". Expected format: 'object.field'");
    }
    String global = parts.get(0);
    String field = parts.get(1);
    LuaValue target = globals.get(global);
    if (target.isnil()) {
      throw new LuaError("Cannot find object '" + global + "' in global scope");
    }
    if (!target.istable()) {
      throw new LuaError("Target must be a table, got " + target.typename());
    }
    registry.putIfAbsent(path, new Saved(global, target));
    LuaTable copy = copyOf(target);
    LuaValue replacement = a.arg(2);
    if (global.equals("process") && field.equals("send")) {
      link.captureSend();
      replacement = sendProxy(replacement);
    }
    copy.rawset(field, replacement);
    globals.rawset(global, copy);
  }

  /** {@code mock_process(field, fn)}: creates {@code process} if the state has none. */
  void mockProcess(Varargs a) {
    if (globals.get("process").isnil()) {
      registry.putIfAbsent("process", new Saved("process", LuaValue.NIL));
      globals.rawset("process", new LuaTable());
    }
    if (a.arg1().toboolean()) {
      mock(
          LuaValue.varargsOf(
              LuaValue.valueOf("process." + LuaValues.tostring(a.arg1())), a.arg(2)));
    }
  }

  /** {@code restore_mock(path)}: puts back the global as it was before that path was mocked. */
  void restore(Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING || !a.arg(2).isnil()) {
      throw new LuaError(
          "With immutable tables, please use string path format: restore_mock('object.field')");
    }
    Saved saved = registry.remove(a.arg1().tojstring());
    if (saved != null) {
      globals.rawset(saved.global(), saved.before());
    }
  }

  void restoreAll() {
    List<Saved> newestFirst = new ArrayList<>(registry.values());
    registry.clear();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      globals.rawset(newestFirst.get(i).global(), newestFirst.get(i).before());
    }
  }

  /**
   * A writable copy, nested tables copied too and the metatable kept (the platform's deep copy).
   */
  private static LuaTable copyOf(LuaValue table) {
    return (LuaTable) deepCopy(table, new java.util.IdentityHashMap<>());
  }

  private static LuaValue deepCopy(LuaValue v, Map<LuaValue, LuaValue> done) {
    if (!v.istable()) {
      return v;
    }
    LuaValue seen = done.get(v);
    if (seen != null) {
      return seen;
    }
    LuaTable copy = new LuaTable();
    done.put(v, copy);
    LuaTable t = (LuaTable) v;
    for (LuaValue k : t.keys()) {
      copy.rawset(k, deepCopy(t.rawget(k), done));
    }
    if (t.getmetatable() != null) {
      copy.setmetatable(t.getmetatable());
    }
    return copy;
  }

  /**
   * {@code process.send} mocked: the framework's topic and {@code test:*} still reach the runner.
   */
  private LuaValue sendProxy(LuaValue replacement) {
    return LuaFunctions.of(
        "test.process.send",
        args -> {
          String topic = args.arg(2).checkjstring();
          LuaValue original = link.originalSend();
          if ((topic.equals(link.topic()) || topic.startsWith("test:")) && !original.isnil()) {
            return original.invoke(args);
          }
          return replacement.invoke(args);
        });
  }
}
