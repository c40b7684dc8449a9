package dev.wflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.JsonText;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintResult;
import dev.wflow.lint.LintSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {

  private static Diagnostic diag(int line, int col, int endLine, int endCol, String message) {
    return new Diagnostic("a.lua", line, col, endLine, endCol, Severity.WARNING, "W202", message);
  }

  @Test
  void caretFollowsTabsAndClampsToTheLine() {
    assertThat(TextRenderer.caret("\tlocal x = 1", diag(1, 8, 1, 8, "m"))).isEqualTo("\t      ^");
    assertThat(TextRenderer.caret("abc", diag(1, 2, 3, 1, "m"))).isEqualTo(" ^~");
    assertThat(TextRenderer.caret("abc", diag(1, 9, 1, 12, "m"))).isEqualTo("   ^");
    assertThat(TextRenderer.caret("", diag(1, 1, 1, 1, "m"))).isEqualTo("^");
  }

  @Test
  void caretCountsWideCharactersAsTwoColumns() {
    // local s = "한글" .. os.time(): os.time starts at UTF-16 column 21, terminal column 23.
    String line = "  local s = \"\ud55c\uae00\" .. os.time()";
    assertThat(TextRenderer.caret(line, diag(1, 21, 1, 27, "m")))
        .isEqualTo(" ".repeat(22) + "^~~~~~~");
    // An emoji is two UTF-16 units and two columns; a combining accent is none.
    assertThat(TextRenderer.caret("\ud83c\udf89 x", diag(1, 4, 1, 4, "m"))).isEqualTo("   ^");
    assertThat(TextRenderer.caret("e\u0301 x", diag(1, 4, 1, 4, "m"))).isEqualTo("  ^");
    assertThat(TextRenderer.caret("\ud55c\uae00", diag(1, 1, 1, 2, "m"))).isEqualTo("^~~~");
  }

  @Test
  void aHugeLineIsCutToAWindowAroundTheFinding() {
    String line = "x".repeat(5000) + "os.time()" + "y".repeat(5000);
    java.util.List<String> shown = TextRenderer.excerpt(line, diag(1, 5001, 1, 5007, "m"));
    assertThat(shown.get(0)).hasSize(162).startsWith("…x").endsWith("y…").contains("os.time()");
    assertThat(shown.get(0).indexOf("os.time")).isEqualTo(shown.get(1).indexOf('^'));
    assertThat(shown.get(1).trim()).isEqualTo("^~~~~~~"); // os.time, 7 columns
    assertThat(TextRenderer.excerpt("short", diag(1, 2, 1, 2, "m"))).containsExactly("short", " ^");
  }

  @Test
  void junitIsWellFormedWhateverTheMessagesHold() throws Exception {
    String nasty = "a <b> & \"c\" 'd' ]]> \u0001 \ud800 \ufffe \ud83c\udf89 \ud55c";
    Diagnostic d = new Diagnostic("src/a&b\".lua", 1, 1, 1, 1, Severity.ERROR, "P0001", nasty);
    LintResult result =
        new LintResult(
            Path.of("/x"),
            List.of(d),
            List.of("src/a&b\".lua"),
            new LintSummary(1, 1, 1, 0, 0),
            true);
    StringWriter xml = new StringWriter();
    new JunitRenderer().render(result, new PrintWriter(xml));
    org.w3c.dom.Document doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml.toString())));
    String body = doc.getElementsByTagName("failure").item(0).getTextContent();
    assertThat(body).contains("a <b> & \"c\" 'd' ]]> ? ? ? \ud83c\udf89 \ud55c");
    assertThat(
            doc.getElementsByTagName("testcase")
                .item(0)
                .getAttributes()
                .getNamedItem("name")
                .getNodeValue())
        .isEqualTo("src/a&b\".lua");
  }

  @Test
  void githubLeavesColumnsOffAnnotationsThatSpanLines() {
    LintResult result =
        new LintResult(
            Path.of("/x"),
            List.of(diag(3, 5, 6, 7, "unreachable code")),
            List.of("a.lua"),
            new LintSummary(1, 1, 0, 1, 0),
            true);
    StringWriter out = new StringWriter();
    new GithubRenderer().render(result, new PrintWriter(out));
    assertThat(out.toString())
        .startsWith("::warning file=a.lua,line=3,endLine=6,title=W202::unreachable code\n");
  }

  @Test
  void controlCharactersInSourceLinesAreNotSentToTheTerminal() {
    assertThat(dev.wflow.cli.TerminalText.printable("return s\u0000 -- \u001b[31mred\tok"))
        .isEqualTo("return s? -- ?[31mred\tok");
  }

  @Test
  void unreadableSourceLinesAreSkipped() {
    LintResult result =
        new LintResult(
            Path.of("/no/such/root"),
            List.of(diag(3, 1, 3, 2, "unused local x")),
            List.of("a.lua"),
            new LintSummary(1, 1, 0, 1, 0),
            true);
    StringWriter text = new StringWriter();
    new TextRenderer(false, false).render(result, new PrintWriter(text));
    assertThat(text.toString())
        .isEqualTo(
            """
            a.lua:3:1: warning[W202] unused local x

            Checked 1 entry in 1 file: 0 errors, 1 warning, 0 hints
            """);
  }

  @Test
  void githubEscapesMessagesAndProperties() {
    assertThat(GithubRenderer.message("50% done\nnext")).isEqualTo("50%25 done%0Anext");
    assertThat(GithubRenderer.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void xmlAndJsonEscaping() {
    assertThat(JunitRenderer.xml("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    assertThat(JsonText.write(Map.of("k", "q\"\\\n\u0001")))
        .isEqualTo("{\n  \"k\": \"q\\\"\\\\\\n\\u0001\"\n}");
    assertThat(JsonText.write(List.of())).isEqualTo("[]");
  }

  @Test
  void sarifUrisAreEncoded() {
    assertThat(SarifRenderer.uri("src/my order.lua")).isEqualTo("src/my%20order.lua");
    assertThat(SarifRenderer.uri("src/_index.yaml")).isEqualTo("src/_index.yaml");
    assertThat(SarifRenderer.uri("/tmp/other project/a.lua"))
        .isEqualTo("file:///tmp/other%20project/a.lua");
  }
}
