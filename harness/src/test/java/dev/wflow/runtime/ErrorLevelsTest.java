package dev.wflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code error(message, level)} as Lua 5.x has it (lua_error's luaL_where(L, level)). */
class ErrorLevelsTest {

  private static Object run(String source) throws LuaLoadException {
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(line -> {}, Map.of()), "app:f");
    return LuaJson.toJava(sandbox.load("src/t.lua", source).call());
  }

  @Test
  void theLevelNamesTheFrameWhosePositionTheMessageGets() throws LuaLoadException {
    Object messages =
        run(
            """
            local function check(v)
              if not v then error("bad value", 2) end
            end
            local function outer() check(false) end
            local r = {}
            r[1] = select(2, pcall(function()
              check(false)
            end))
            r[2] = select(2, pcall(function() outer() end))
            r[3] = select(2, pcall(function() error("plain") end))
            r[4] = select(2, pcall(function() error("none", 0) end))
            r[5] = select(2, pcall(function() error("far", 50) end))
            r[6] = select(2, xpcall(function() check(false) end, function(m) return "handled " .. m end))
            r[7] = select(2, pcall(function() error({code = 7}, 2) end)).code
            return r
            """);
    assertThat(messages)
        .isEqualTo(
            List.of(
                "src/t.lua:7: bad value",
                "src/t.lua:4: bad value",
                "src/t.lua:10: plain",
                "none",
                "far",
                "handled src/t.lua:13: bad value",
                7L));
  }
}
