package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x = {",
        "do ",
        "x = function() ",
        "x = - ",
        "x = not ",
        "local t: {",
        "x = f(",
        "if x then ",
        "x = a .. ",
        "x = a ^ ",
        "type T = (",
        "x = y :: {"
      })
  void deepNestingOfEveryKindIsADiagnostic(String opener) {
    ParseResult r = LuaParser.parse("t.lua", opener.repeat(10_000));
    assertThat(r.diagnostics()).isNotEmpty();
    assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.code()).isEqualTo("P0001"));
  }

  @Test
  void longChainsAreBoundedNotRecursive() {
    ParseResult ok = LuaParser.parse("t.lua", "x = a" + " + a".repeat(900));
    assertThat(ok.ok()).isTrue();
    ParseResult tooLong = LuaParser.parse("t.lua", "x = a" + ".b".repeat(20_000));
    assertThat(tooLong.diagnostics().get(0).message()).contains("expression too complex");
  }

  @Test
  void theDeepestAcceptedTreeIsSafeForRecursiveWalkersOnASmallStack() throws Exception {
    // 85 nesting levels (two syntax levels each), each a chain of 9 additions: near both limits
    String src = "x = " + "(a + a + a + a + a + a + a + a + a + ".repeat(85) + "a" + ")".repeat(85);
    ParseResult r = LuaParser.parse("t.lua", src);
    assertThat(r.diagnostics()).isEmpty();
    Throwable[] failure = new Throwable[1];
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                new AstWalker().walk(r.chunk());
                dev.wflow.lua.lower.Lowering.lower(r, src);
                AstShape.of(r.chunk());
              } catch (Throwable t) {
                failure[0] = t;
              }
            },
            "small-stack",
            512 * 1024);
    small.start();
    small.join();
    assertThat(failure[0]).isNull();
  }

  @Test
  void binaryContentIsADiagnostic() {
    ParseResult r = LuaParser.parse("t.lua", new byte[] {'x', '=', 0, 1, 2});
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("binary file");
              assertThat(d.column()).isEqualTo(3);
            });
    ParseResult compiled = LuaParser.parse("t.lua", new byte[] {0x1b, 'L', 'u', 'a', 0x53});
    assertThat(compiled.diagnostics().get(0).message()).contains("precompiled");
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '=', '1'};
    assertThat(LuaParser.parse("t.lua", bom).ok()).isTrue();
  }

  @Test
  void everyNodeHasAPosition() {
    ParseResult r = LuaParser.parse("t.lua", "local t = {a = f(1)}\nt.a.b = t:m('s')");
    Stat.Assign assign = (Stat.Assign) r.chunk().block().stats().get(1);
    Expr.Field target = (Expr.Field) assign.targets().get(0);
    assertThat(target.span()).isEqualTo(new Span(2, 1, 2, 5));
    assertThat(target.name().span()).isEqualTo(new Span(2, 5, 2, 5));
    Expr.MethodCall call = (Expr.MethodCall) assign.values().get(0);
    assertThat(call.span()).isEqualTo(new Span(2, 9, 2, 16));
    assertThat(call.method().span()).isEqualTo(new Span(2, 11, 2, 11));
  }

  @Test
  void characterOutsideTheBmpIsOneErrorShownAsItself() {
    ParseResult r = LuaParser.parse("t.lua", "local \uD83D\uDE00 = 1\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::headline)
        .containsExactly("t.lua:1:7: error[P0001] unexpected symbol near '\uD83D\uDE00'");
    assertThat(r.diagnostics().get(0).endColumn()).isEqualTo(8);
  }

  @Test
  void invisibleCharacterIsShownByCodePoint() {
    ParseResult r = LuaParser.parse("t.lua", "local x =\u00a01\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("unexpected symbol near '<U+00A0>'");
  }

  @Test
  void lua54AttributesSayWhyTheyAreRejected() {
    ParseResult r = LuaParser.parse("t.lua", "local x <const> = 1\nlocal y = 2\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::headline)
        .containsExactly(
            "t.lua:1:9: error[P0001] unexpected symbol near '<' (Lua 5.4 attributes such as"
                + " <const> are not Wippy Lua)");
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
