package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.lower.DialectLoader;
import dev.wflow.lua.lower.DialectSyntaxException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, the parser returns a result whose problems are positioned P0001 diagnostics,
 * and loading never fails with anything but a {@link DialectSyntaxException}.
 */
class ParserRobustnessProperties {
  private static final List<String> CORPUS =
      CorpusCase.load("/lua/conformance.txt").stream().map(CorpusCase::source).toList();

  @Property(tries = 2000)
  void randomTextOnlyGivesDiagnostics(@ForAll("luaLikeText") String text) {
    assertOnlyDiagnostics(text);
  }

  @Property(tries = 2000)
  void mutatedProgramsOnlyGiveDiagnostics(
      @ForAll("corpusPrograms") String program,
      @ForAll("positions") int at,
      @ForAll("fragments") String fragment,
      @ForAll("cuts") int cut) {
    int i = Math.floorMod(at, program.length() + 1);
    int j = Math.min(program.length(), i + cut);
    assertOnlyDiagnostics(program.substring(0, i) + fragment + program.substring(j));
  }

  @Property(tries = 300)
  void randomBytesOnlyGiveDiagnostics(@ForAll byte[] bytes) {
    ParseResult r = LuaParser.parse("b.lua", bytes);
    r.diagnostics().forEach(ParserRobustnessProperties::assertPositioned);
  }

  private static void assertOnlyDiagnostics(String text) {
    ParseResult r = LuaParser.parse("p.lua", text);
    assertThat(r.chunk()).isNotNull();
    r.diagnostics().forEach(ParserRobustnessProperties::assertPositioned);
    try {
      DialectLoader.prototype("p.lua", text);
    } catch (DialectSyntaxException e) {
      assertThat(e.diagnostics()).isNotEmpty();
    }
  }

  private static void assertPositioned(Diagnostic d) {
    assertThat(d.code()).isEqualTo("P0001");
    assertThat(d.line()).isPositive();
    assertThat(d.column()).isPositive();
    assertThat(d.message()).isNotBlank();
  }

  @Provide
  Arbitrary<String> luaLikeText() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "local",
            "function",
            "end",
            "if",
            "then",
            "else",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "=",
            "==",
            "::",
            ":",
            ".",
            "..",
            "...",
            ",",
            ";",
            "x",
            "type",
            "interface",
            "<",
            ">",
            ">>",
            "//",
            "~",
            "!",
            "?",
            "@",
            "as",
            "\"s",
            "'",
            "[[",
            "]]",
            "--",
            "--[[",
            "\n",
            " ",
            "0x",
            "1e",
            "3",
            "return",
            "goto",
            "for",
            "in",
            "do",
            "while",
            "repeat",
            "until",
            "->",
            "fun",
            "typeof",
            "|",
            "&",
            "\\",
            "\u00e9",
            "\u0000");
    return tokens.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> corpusPrograms() {
    return Arbitraries.of(CORPUS);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 400);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 6);
  }

  @Provide
  Arbitrary<String> fragments() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "(", ")", "end", "::", "<", ">>", "\"", "[[", "--[[", "{", "}", ":"),
        Arbitraries.strings().ofMaxLength(4));
  }
}
