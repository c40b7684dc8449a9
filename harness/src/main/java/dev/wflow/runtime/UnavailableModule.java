package dev.wflow.runtime;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * Stands in for a platform module wflow does not emulate ({@code http_client}, {@code sql}, …):
 * requiring it works, using any field raises an error that names the module and suggests mocking
 * the entry that needs it (how to mock it is the front end's to say: a test's {@code :mock}, a
 * command's option).
 */
final class UnavailableModule {

  private UnavailableModule() {}

  static LuaTable create(String module, String entryId) {
    return create(module, entryId, false);
  }

  /**
   * {@code inTestCode}: the entry is a test, whose own code mocks a module's function with {@code
   * test.mock("module.field", fn)} (mocking the test entry itself would be no advice).
   */
  static LuaTable create(String module, String entryId, boolean inTestCode) {
    LuaTable meta = new LuaTable();
    meta.set(
        LuaValue.INDEX,
        new TwoArgFunction() {
          @Override
          public LuaValue call(LuaValue self, LuaValue key) {
            String use = module + "." + key.tojstring();
            if (inTestCode) {
              throw new LuaError(
                  "module '"
                      + module
                      + "' is not available under wflow ("
                      + use
                      + "); mock it in the test: test.mock(\""
                      + use
                      + "\", function(...) … end)");
            }
            throw new LuaError(
                "module '"
                    + module
                    + "' is not available under wflow ("
                    + use
                    + "); mock "
                    + entryId
                    + " instead");
          }
        });
    meta.set(
        LuaValue.NEWINDEX,
        new org.luaj.vm2.lib.ThreeArgFunction() {
          @Override
          public LuaValue call(LuaValue self, LuaValue key, LuaValue value) {
            throw new LuaError("module '" + module + "' is read-only");
          }
        });
    LuaTable table = new LuaTable();
    table.setmetatable(meta);
    return table;
  }
}
