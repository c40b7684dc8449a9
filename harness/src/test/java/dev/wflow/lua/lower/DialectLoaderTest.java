package dev.wflow.lua.lower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wflow.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.jse.JsePlatform;

class DialectLoaderTest {
  private final Globals globals = JsePlatform.standardGlobals();

  private Varargs run(String source) throws DialectSyntaxException {
    return DialectLoader.load(globals, "src/t.lua", source).invoke();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "3 // 2 ; 1",
        "7 // 2.0 ; 3",
        "-7 // 2 ; -4",
        "7.5 // 2 ; 3",
        "7 % -3 ; -2",
        "5.5 % 2 ; 1.5",
        "3 | 4 ; 7",
        "5 ~ 3 ; 6",
        "~0 ; -1",
        "0xff & 0x0f ; 15",
        "1 << 4 ; 16",
        "1 << 64 ; 0",
        "256 >> 4 ; 16",
        "-1 >> 60 ; 15",
        "1 << -1 ; 0",
        "2 ^ 10 ; 1024",
        "'10' // 3 ; 3",
        "1 + 2 * 3 & 7 ; 7"
      })
  void operatorsFollowLua53(String expr, double expected) throws Exception {
    assertThat(run("return " + expr).arg1().todouble()).isEqualTo(expected);
  }

  @Test
  void integerDivisionByZeroAndFractionalBitwiseOperandsAreErrors() {
    assertThatThrownBy(() -> run("local z = 0\nreturn 1 // z"))
        .isInstanceOf(LuaError.class)
        .hasMessageContaining("src/t.lua:2")
        .hasMessageContaining("attempt to perform 'n//0'");
    assertThatThrownBy(() -> run("return 1.5 | 1"))
        .hasMessageContaining("number has no integer representation");
    assertThatThrownBy(() -> run("return {} & 1"))
        .hasMessageContaining("attempt to perform bitwise operation on a table value");
  }

  @Test
  void bitwiseOperatorsHonourMetamethods() throws Exception {
    String src =
        "local mt = {__band = function(a, b) return 'band' end}\n"
            + "return setmetatable({}, mt) & 1";
    assertThat(run(src).arg1().tojstring()).isEqualTo("band");
  }

  @Test
  void typeCallsCastOrReturnAnError() throws Exception {
    Varargs ok = run("return string(12), integer('42'), number('2.5'), boolean(false)");
    assertThat(ok.arg(1).tojstring()).isEqualTo("12");
    assertThat(ok.arg(2).toint()).isEqualTo(42);
    assertThat(ok.arg(3).todouble()).isEqualTo(2.5);
    assertThat(ok.arg(4).toboolean()).isFalse();
    Varargs bad = run("return integer(3.5)");
    assertThat(bad.arg1().isnil()).isTrue();
    assertThat(bad.arg(2).tojstring()).isEqualTo("number has no integer representation");
    assertThat(run("return number({})").arg(2).tojstring()).isEqualTo("expected number, got table");
  }

  @Test
  void aLocalNamedLikeATypeIsNotACast() throws Exception {
    String src = "local function string(x) return 'mine' end\nreturn string(1)";
    assertThat(run(src).arg1().tojstring()).isEqualTo("mine");
    assertThat(run("local t = {}; return string.format('%d', 3)").arg1().tojstring())
        .isEqualTo("3");
  }

  @Test
  void typesCastsAndAssertionsAreErased() throws Exception {
    String src =
        "type Point = {x: number, y: number}\n"
            + "interface Shape\n  function area(self): number\nend\n"
            + "local function f<T>(p: Point, ...: number): (number, string?)\n"
            + "  return (p.x :: number) + (p.y as number)!, nil\n"
            + "end\n"
            + "local r: number = f({x = 1, y = 2})\n"
            + "return r";
    assertThat(run(src).arg1().toint()).isEqualTo(3);
  }

  @Test
  void castsAfterTablesAndLiteralsAreErased() throws Exception {
    String src =
        "local items = {} :: {string}\n"
            + "items[#items + 1] = \"a\" as string\n"
            + "local f = function() return 2 end :: () -> number\n"
            + "return #items + f() + 1 :: number";
    assertThat(run(src).arg1().toint()).isEqualTo(4);
  }

  @Test
  void dialectStringsKeepUnknownEscapesLiterally() throws Exception {
    assertThat(run("return '\\x41\\z\\65'").arg1().tojstring()).isEqualTo("x41zA");
    assertThat(run("return 'a\\\nb'").arg1().tojstring()).isEqualTo("a\nb");
  }

  @ParameterizedTest(name = "error reported at line {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "type T = {\\n  a: number,\\n}\\nerror('x') | 4",
        "local s = [[\\nline\\n]]\\nerror('x') | 4",
        "local s = 'a\\\\nb'\\nerror('x') | 3",
        "local t = {\\n1,\\n2 // 1,\\nnil + 1}\\n | 4",
        "interface I\\n  x: number\\nend\\nlocal y = 1 // 0 | 4",
        "--[[ comment\\n]] local a = 1\\n\\nerror('x') | 4",
        "local function f(a: number,\\n  b: string)\\n  return a .. b\\nend\\nf(1, {}) | 3",
        "if true then\\n  local x = 1\\n  x = x & 1.5\\nend | 3"
      })
  void runtimeErrorsNameTheUsersLine(String source, int line) {
    String src = source.replace("\\n", "\n");
    assertThatThrownBy(() -> run(src))
        .isInstanceOf(LuaError.class)
        .hasMessageContaining("src/t.lua:" + line);
  }

  @Test
  void syntaxErrorsAreDiagnostics() {
    assertThatThrownBy(
            () -> DialectLoader.load(globals, "src/t.lua", "if x then\nreturn 1\nreturn 2"))
        .isInstanceOfSatisfying(
            DialectSyntaxException.class,
            e -> {
              Diagnostic d = e.diagnostics().get(0);
              assertThat(d.file()).isEqualTo("src/t.lua");
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.code()).isEqualTo("P0001");
            });
  }

  @Test
  void rewritingCopesWithCommentsGenericsAndErasedStatements() throws Exception {
    assertThat(run("return 7 --[[ why ]] // --[=[ not ]=] 2").arg1().toint()).isEqualTo(3);
    assertThat(
            run("local function id<T>(x: T): T return x end\nreturn id::<number>(5)")
                .arg1()
                .toint())
        .isEqualTo(5);
    String erasedBetween =
        "local f = function() return 1 end\nlocal g = f\ntype T = number\n(f)()\nreturn g()";
    assertThat(run(erasedBetween).arg1().toint()).isEqualTo(1);
    assertThat(run("#!/usr/bin/env wippy\nreturn 1 << 3").arg1().toint()).isEqualTo(8);
    assertThat(run("return 0xffffffffffffffff").arg1().toint()).isEqualTo(-1);
  }

  @Test
  void loweredTextKeepsEveryCharacterOutsideDialectSyntax() throws Exception {
    String src = "local x: number = 7 // 2 -- note\nlocal y = x :: integer\nreturn y!";
    assertThat(DialectLoader.lower("src/t.lua", src))
        .isEqualTo(
            ("local OPS = OPS; local x         = (OPS.idiv(7 , 2)) -- note\n"
                    + "local y = x           \nreturn y ")
                .replace("OPS", Lua53Operators.GLOBAL));
  }

  @Test
  void windowsLineEndingsKeepLineNumbers() {
    String src = "local s = [[a\r\nb]]\r\n-- note\r\n\r\nlocal x = nil + 1\r\n";
    assertThatThrownBy(() -> run(src)).hasMessageContaining("src/t.lua:5");
  }

  @Test
  void eachGlobalsGetsItsOwnHelperTable() throws Exception {
    Globals other = JsePlatform.standardGlobals();
    DialectLoader.load(globals, "src/t.lua", "return 1");
    DialectLoader.load(other, "src/t.lua", "return 1");
    assertThat(globals.get(Lua53Operators.GLOBAL)).isNotSameAs(other.get(Lua53Operators.GLOBAL));
    assertThat(globals.get(Lua53Operators.GLOBAL).istable()).isTrue();
  }

  @Test
  void envIsAnOrdinaryName() throws Exception {
    String src =
        "local _ENV = {}\nfunction _ENV.f() return 1 end\nreturn type(_ENV.f), print ~= nil";
    Varargs r = run(src);
    assertThat(r.arg(1).tojstring()).isEqualTo("function");
    assertThat(r.arg(2).toboolean()).isTrue();
  }

  @Test
  void luajLimitsBecomePositionedDiagnostics() {
    StringBuilder src = new StringBuilder("local function f()\n");
    for (int i = 0; i < 250; i++) {
      src.append("local v").append(i).append(" = ").append(i).append('\n');
    }
    src.append("end\n");
    assertThatThrownBy(() -> DialectLoader.load(globals, "src/big.lua", src.toString()))
        .isInstanceOfSatisfying(
            DialectSyntaxException.class,
            e -> {
              Diagnostic d = e.diagnostics().get(0);
              assertThat(d.file()).isEqualTo("src/big.lua");
              assertThat(d.line()).isGreaterThan(200);
              assertThat(d.message()).contains("more than 200 local variables");
            });
  }

  @Test
  void compiledPrototypesAreCachedBySourceText() throws Exception {
    String src = "return 6 // 4";
    LuaValue a = DialectLoader.load(globals, "src/c.lua", src);
    LuaValue b = DialectLoader.load(JsePlatform.standardGlobals(), "src/c.lua", src);
    assertThat(a).isNotSameAs(b);
    assertThat(((LuaClosure) a).p).isSameAs(((LuaClosure) b).p);
    assertThat(b.call().toint()).isEqualTo(1);
  }

  @Test
  void installsTheHelpersOnlyWhenMissing() throws Exception {
    LuaValue mine = LuaValue.tableOf();
    globals.rawset(Lua53Operators.GLOBAL, mine);
    DialectLoader.load(globals, "src/t.lua", "return 1");
    assertThat(globals.rawget(Lua53Operators.GLOBAL)).isSameAs(mine);
  }
}
