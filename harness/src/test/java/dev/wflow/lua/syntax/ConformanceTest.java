package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.lower.DialectLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luaj.vm2.compiler.LuaC;

/**
 * Every construct of SPEC §4 parses to the expected tree (conformance.txt), lowers to Lua that LuaJ
 * compiles; every invalid program (invalid.txt) is rejected at the expected line with the expected
 * Lua-style message.
 */
class ConformanceTest {

  static List<CorpusCase> valid() {
    return CorpusCase.load("/lua/conformance.txt");
  }

  static List<CorpusCase> invalid() {
    return CorpusCase.load("/lua/invalid.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void parsesToTheExpectedShape(CorpusCase c) {
    ParseResult r = LuaParser.parse("case.lua", c.source());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(AstShape.of(r.chunk().block())).isEqualTo(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void lowersToLuaThatLuajCompiles(CorpusCase c) throws Exception {
    String lua = DialectLoader.lower("case.lua", c.source());
    LuaC.instance.compile(
        new ByteArrayInputStream(lua.getBytes(StandardCharsets.UTF_8)), "case.lua");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsAtTheExpectedLine(CorpusCase c) {
    ParseResult r = LuaParser.parse("case.lua", c.source());
    String got =
        r.diagnostics().stream()
            .map(d -> d.line() + ": " + d.message())
            .collect(Collectors.joining("\n"));
    assertThat(got).isEqualTo(c.expected());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly("P0001");
  }
}
