package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.lua.syntax.ChunkExports.Kind;
import org.junit.jupiter.api.Test;

class ChunkExportsTest {

  private static ChunkExports of(String src) {
    ParseResult r = LuaParser.parse("m.lua", src);
    assertThat(r.diagnostics()).isEmpty();
    return ChunkExports.analyze(r.chunk());
  }

  @Test
  void aReturnedFunctionServesAnyMethod() {
    ChunkExports e = of("return function(input) return input end");
    assertThat(e.kind()).isEqualTo(Kind.FUNCTION);
    assertThat(e.mayExport("anything")).isTrue();
    assertThat(of("local function main() end\nreturn main").kind()).isEqualTo(Kind.FUNCTION);
  }

  @Test
  void aTableConstructorExportsItsKeys() {
    ChunkExports e = of("local function run() end\nreturn { run = run, [\"stop\"] = run }");
    assertThat(e.kind()).isEqualTo(Kind.TABLE);
    assertThat(e.keys()).containsOnlyKeys("run", "stop");
    assertThat(e.mayExport("main")).isFalse();
    assertThat(e.returnSpan().line()).isEqualTo(2);
  }

  @Test
  void aLocalTableCollectsLaterMembers() {
    String src =
        "local M = { a = 1 }\n"
            + "M.b = 2\n"
            + "M[\"c\"] = 3\n"
            + "function M.d() end\n"
            + "function M:e() end\n"
            + "local other = {}\nother.z = 1\n"
            + "return M";
    ChunkExports e = of(src);
    assertThat(e.kind()).isEqualTo(Kind.TABLE);
    assertThat(e.keys()).containsOnlyKeys("a", "b", "c", "d", "e");
    assertThat(e.keys().get("d").line()).isEqualTo(4);
  }

  @Test
  void dynamicTablesAreUnknown() {
    assertThat(of("local M = {}\nM[k] = 1\nreturn M").kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(of("local M = {}\nsetmetatable(M, mt)\nreturn M").kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(of("return setmetatable({}, mt)").kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(of("local M = require('x')\nreturn M").kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(of("return { [k] = 1 }").kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(of("return M").mayExport("main")).isTrue();
  }

  @Test
  void nothingOrAPlainValueExportsNoMethod() {
    assertThat(of("local x = 1").kind()).isEqualTo(Kind.NOTHING);
    assertThat(of("return").kind()).isEqualTo(Kind.NOTHING);
    assertThat(of("return 42").kind()).isEqualTo(Kind.VALUE);
    assertThat(of("return 42").mayExport("main")).isFalse();
  }

  @Test
  void typedGlobalTablesAndCastsAreFollowed() {
    ChunkExports e = of("M = {}\nfunction M.main(): nil end\nreturn M :: any");
    assertThat(e.kind()).isEqualTo(Kind.TABLE);
    assertThat(e.mayExport("main")).isTrue();
    assertThat(e.describe()).isEqualTo("returns a table with keys: main");
  }
}
