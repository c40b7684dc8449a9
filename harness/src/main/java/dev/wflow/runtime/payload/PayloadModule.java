package dev.wflow.runtime.payload;

import dev.wflow.runtime.LuaFunctions;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.WippyError;
import org.luaj.vm2.LuaValue;

/**
 * The {@code payload} module, also a global in every context (the runtime loads it as a core
 * module): {@code payload.new(v)} and the {@code payload.format} constants.
 *
 * <pre>{@code
 * sandbox.global("payload", PayloadModule.create());
 * // payload.new({a = 1}):get_format() == payload.format.LUA
 * }</pre>
 */
public final class PayloadModule {

  private PayloadModule() {}

  public static ModuleTable create() {
    ModuleTable formats = new ModuleTable("payload.format");
    formats.define("JSON", LuaValue.valueOf(PayloadFormat.JSON));
    formats.define("YAML", LuaValue.valueOf(PayloadFormat.YAML));
    formats.define("STRING", LuaValue.valueOf(PayloadFormat.STRING));
    formats.define("GOLANG", LuaValue.valueOf(PayloadFormat.GOLANG));
    formats.define("LUA", LuaValue.valueOf(PayloadFormat.LUA));
    formats.define("BYTES", LuaValue.valueOf(PayloadFormat.BYTES));
    formats.define("MSGPACK", LuaValue.valueOf(PayloadFormat.MSGPACK));
    formats.define("ERROR", LuaValue.valueOf(PayloadFormat.ERROR));
    ModuleTable m = new ModuleTable("payload");
    m.define("format", formats);
    m.define(
        "new",
        LuaFunctions.of(
            a ->
                a.arg1() instanceof WippyError e
                    ? new LuaPayload(PayloadFormat.ERROR, e).toLua()
                    : LuaPayload.ofLua(a.arg1())));
    return m;
  }
}
