package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LuaParserTest {

  @Test
  void reportsUnclosedIfAtTheOffendingToken() {
    ParseResult r = LuaParser.parse("t.lua", "if x then\n  return 1\nreturn 2\n");
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.code()).isEqualTo("P0001");
    assertThat(d.message()).isEqualTo("'end' expected (to close 'if' at line 1) near 'return'");
  }

  @Test
  void reportsSeveralIndependentErrors() {
    String src = "local function a()\n  x = = 1\nend\n\nlocal function b()\n  y = 1 +\nend\n";
    ParseResult r = LuaParser.parse("t.lua", src);
    assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 7);
  }

  @Test
  void deepNestingIsADiagnostic() {
    String src = "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
    ParseResult r = LuaParser.parse("t.lua", src);
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(r.diagnostics().get(0).message()).contains("too many syntax levels");
  }

  @Test
  void invalidUtf8IsADiagnostic() {
    byte[] bytes = "x = 1\ny = '\u00e9'".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xff;
    ParseResult r = LuaParser.parse("t.lua", bytes);
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(r.diagnostics().get(0).line()).isEqualTo(2);
    assertThat(r.diagnostics().get(0).message()).contains("not valid UTF-8");
  }

  @Test
  void keepsCommentsWithPositions() {
    ParseResult r = LuaParser.parse("t.lua", "x = 1 -- wflow:ignore D106 ok\n--[[ block\n]] y = 2");
    assertThat(r.ok()).isTrue();
    assertThat(r.comments()).hasSize(2);
    assertThat(r.comments().get(0).text()).isEqualTo(" wflow:ignore D106 ok");
    assertThat(r.comments().get(0).span()).isEqualTo(new Span(1, 7, 1, 29));
    assertThat(r.comments().get(1).block()).isTrue();
    assertThat(r.comments().get(1).span().endLine()).isEqualTo(3);
  }
}
