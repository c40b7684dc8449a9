package dev.wflow.runtime;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A read-only module table (SPEC §5): assigning a field raises an error naming the module. wflow
 * itself fills it through {@link #define}; the test module's mocks go through {@link #replace},
 * which is the one sanctioned way to swap a field for the length of a test.
 *
 * <pre>{@code
 * ModuleTable time = new ModuleTable("time");
 * time.define("now", nowFunction);
 * time.replace("now", mock); // test.mock("time.now", fn)
 * }</pre>
 */
public class ModuleTable extends LuaTable {

  private final String name;

  public ModuleTable(String name) {
    this.name = name;
  }

  /** The module's name as Lua code knows it. */
  public String moduleName() {
    return name;
  }

  /** Installs a field (wflow's own construction). */
  public ModuleTable define(String key, LuaValue value) {
    super.rawset(LuaValue.valueOf(key), value);
    return this;
  }

  /** Swaps a field and returns the previous value (mocks in tests). */
  public LuaValue replace(String key, LuaValue value) {
    LuaValue old = super.rawget(LuaValue.valueOf(key));
    super.rawset(LuaValue.valueOf(key), value);
    return old;
  }

  @Override
  public void rawset(LuaValue key, LuaValue value) {
    throw new LuaError("module '" + name + "' is read-only (cannot set '" + key.tojstring() + "')");
  }

  @Override
  public void rawset(int key, LuaValue value) {
    throw new LuaError("module '" + name + "' is read-only (cannot set [" + key + "])");
  }
}
