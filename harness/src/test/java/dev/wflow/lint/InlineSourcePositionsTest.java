package dev.wflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.registry.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings in Lua written inside a definition file point at the YAML file's lines and columns. */
class InlineSourcePositionsTest {

  @TempDir Path dir;

  private List<String> lint(String entry) {
    ProjectFixture.at(dir).file("src/_index.yaml", "namespace: app\nentries:\n" + entry);
    return LintEngine.standard().run(LintRequest.of(dir)).diagnostics().stream()
        .map(Diagnostic::headline)
        .toList();
  }

  @Test
  void lineNumbersInsideMessagesAreYamlLines() {
    assertThat(
            lint(
                """
                  - name: lib
                    kind: library.lua
                    source: |
                      local function f()
                        if true then
                          return 1
                      end
                      return f
                """))
        .containsExactly(
            "src/_index.yaml:10:15: error[P0001] 'end' expected (to close 'function' at line 6)"
                + " near <eof>");
  }

  @Test
  void explicitIndentationIndicatorKeepsColumns() {
    assertThat(
            lint(
                """
                  - name: lib
                    kind: library.lua
                    source: |2
                         local q = 1 +
                      return q
                """))
        .containsExactly("src/_index.yaml:7:7: error[P0001] unexpected symbol near 'return'");
  }

  @Test
  void escapedNewlinesInADoubleQuotedScalarPointAtTheCharacter() {
    assertThat(
            lint(
                """
                  - name: lib
                    kind: library.lua
                    source: "local z = 1\\n  local w = @\\nreturn z"
                """))
        .containsExactly("src/_index.yaml:5:39: error[P0001] unexpected symbol near '@'");
  }

  @Test
  void foldedQuotedAndPlainScalarsPointAtTheCharacter() {
    assertThat(
            lint(
                """
                  - name: lib
                    kind: library.lua
                    source: 'local a = ''x''
                      local b = $
                      return a'
                  - name: lib2
                    kind: library.lua
                    source: local c = 1
                      local d = @
                      return c
                """))
        .containsExactly(
            "src/_index.yaml:6:17: error[P0001] unexpected symbol near '$'",
            "src/_index.yaml:11:17: error[P0001] unexpected symbol near '@'");
  }

  @Test
  void crlfBlockKeepsColumns() {
    assertThat(
            lint(
                "  - name: lib\r\n    kind: library.lua\r\n    source: |\r\n"
                    + "      local a = 1\r\n      local b = $\r\n      return a\r\n"))
        .containsExactly("src/_index.yaml:7:17: error[P0001] unexpected symbol near '$'");
  }
}
