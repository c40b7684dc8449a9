package dev.wflow.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * The stoppable matcher gives what Lua's own string library gives, on a battery of subjects and
 * patterns run by the real Lua 5.3 (when installed) and by a sandbox, and stops when its deadline
 * says so.
 */
class LuaPatternsTest {

  private static final String[] SUBJECTS = {
    "",
    "hello world",
    "  key = value  ",
    "a,b,,c",
    "(foo(bar))baz",
    "THE (quick) fox",
    "x=1, y=22",
    "aaa",
    "\\195\\188ber",
    "a.b-c"
  };

  private static final String[] PATTERNS = {
    "",
    "o",
    "l+",
    "l*",
    "l-",
    "l?",
    "^h",
    "d$",
    "^$",
    "%a+",
    "%A+",
    "%s*(%S+)%s*=%s*(%S+)",
    "[%w_]+",
    "[^,]*",
    "(%w+)=(%w+)",
    "%b()",
    "%f[%a]%a+",
    "%f[%A]",
    "()a()",
    "(a)%1",
    ".-b",
    "[a-c]+",
    "[]]",
    "[^%s]+",
    "%d+",
    "%u%l*",
    "%x+",
    "%p",
    "%c",
    ".",
    "(h)(e)",
    "%.",
    "a*",
    "[%a-]",
    "(",
    "%",
    "[a",
    "%1",
    "(()",
    "%bx",
    "%f",
    "%g+",
    "[^]]",
    "[%]]",
    "x$y",
    "^(a+)",
    "(a*(.)%w(%s*))",
    "%",
    "[a-]",
    "[-a]"
  };

  private final LuaPatterns ours = new LuaPatterns(() -> {});
  private final Globals luaj = JsePlatform.standardGlobals();

  /** One Lua script both interpreters run: each call's results (or "error") on one line. */
  private static String battery() {
    StringBuilder lua =
        new StringBuilder(
            // Bytes above 127 as \\ddd: a match may split a UTF-8 sequence.
            "local function esc(s)\n"
                + "  local out = {}\n"
                + "  for i = 1, #s do local b = s:byte(i)\n"
                + "    out[#out + 1] = b < 128 and string.char(b) or ('\\\\' .. b) end\n"
                + "  return table.concat(out)\n"
                + "end\n"
                + "local function show(ok, ...)\n"
                + "  if not ok then return 'error' end\n"
                + "  local out = {}\n"
                + "  for i = 1, select('#', ...) do local v = select(i, ...)\n"
                + "    out[#out + 1] = type(v) .. ':' .. esc(tostring(v)) end\n"
                + "  return '(' .. table.concat(out, ', ') .. ')'\n"
                + "end\n"
                + "local function all(s, p)\n"
                + "  local out, n = {}, 0\n"
                + "  for a, b in string.gmatch(s, p) do n = n + 1; if n > 50 then break end\n"
                + "    out[#out + 1] = tostring(a) .. '/' .. tostring(b) end\n"
                + "  return table.concat(out, '|')\n"
                + "end\n");
    for (String subject : SUBJECTS) {
      for (String pattern : PATTERNS) {
        String args = "'" + subject + "', '" + pattern.replace("%", "%") + "'";
        for (String init : new String[] {"1", "3", "-2", "20"}) {
          line(lua, "find(" + args + ", " + init + ")");
          line(lua, "match(" + args + ", " + init + ")");
        }
        line(lua, "find(" + args + ", 1, true)");
        line(lua, "gsub(" + args + ", '<%0>')");
        line(lua, "gsub(" + args + ", '[%1]', 2)");
        lua.append(
            "print('gmatch(" + args.replace("'", "\\'") + ")', show(pcall(all, " + args + ")))\n");
      }
    }
    return lua.toString();
  }

  private static void line(StringBuilder lua, String call) {
    lua.append("print('")
        .append(call.replace("'", "\\'"))
        .append("', show(pcall(string.")
        .append(call.replaceFirst("\\(", ", "))
        .append("))\n");
  }

  @Test
  void findMatchGmatchAndGsubAgreeWithLua53(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.wflow.lua.syntax.Lua53.available(),
        "lua5.3 is not installed (apt-get install -y lua5.3); skipping");
    String script = battery();
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("patterns.lua"), script);
    Process lua = new ProcessBuilder("lua5.3", file.toString()).redirectErrorStream(true).start();
    List<String> theirs =
        new String(lua.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .toList();
    lua.waitFor();
    List<String> mine = new ArrayList<>();
    dev.wflow.runtime.LuaSandbox sandbox =
        new dev.wflow.runtime.LuaSandbox(
            dev.wflow.runtime.SandboxHost.system(mine::add, java.util.Map.of()), "app:t");
    sandbox.load("patterns.lua", script).call();
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < Math.max(theirs.size(), mine.size()); i++) {
      String a = i < theirs.size() ? theirs.get(i) : "<none>";
      String b = i < mine.size() ? mine.get(i) : "<none>";
      if (!a.equals(b)) {
        mismatches.add("lua5.3 " + a + "\n   ours " + b);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void gsubWithTablesAndFunctionsAsLuaDoes() {
    LuaValue s = LuaValue.valueOf("$name is $age");
    LuaValue table = LuaValue.tableOf();
    table.set("name", "ann");
    table.set("age", LuaValue.valueOf(30));
    Varargs r = ours.gsub(LuaValue.varargsOf(s, LuaValue.valueOf("%$(%w+)"), table));
    assertThat(r.arg1().tojstring()).isEqualTo("ann is 30");
    assertThat(r.arg(2).toint()).isEqualTo(2);
    LuaValue upper = luaj.get("string").get("upper");
    assertThat(
            ours.gsub(LuaValue.varargsOf(LuaValue.valueOf("a b"), LuaValue.valueOf("%w"), upper))
                .arg1()
                .tojstring())
        .isEqualTo("A B");
    assertThatThrownBy(
            () ->
                ours.gsub(
                    LuaValue.varargsOf(
                        LuaValue.valueOf("a"), LuaValue.valueOf("a"), LuaValue.valueOf("%2"))))
        .isInstanceOf(LuaError.class)
        .hasMessageContaining("invalid capture index %2");
  }

  @Test
  void aPathologicalPatternStopsAtTheDeadline() {
    int[] checks = {0};
    LuaPatterns stoppable =
        new LuaPatterns(
            () -> {
              if (++checks[0] == 3) {
                throw new LuaError("time is up");
              }
            });
    // Exponential backtracking: without the checks this runs for minutes.
    LuaValue s = LuaValue.valueOf("a".repeat(40));
    LuaValue p = LuaValue.valueOf(".-".repeat(12) + "b");
    assertThatThrownBy(() -> stoppable.find(LuaValue.varargsOf(s, p)))
        .isInstanceOf(LuaError.class)
        .hasMessage("time is up");
  }
}
