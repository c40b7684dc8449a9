package dev.wflow.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigFileTest {

  private static final Set<String> CODES = Set.of("D101", "D107", "W202");

  @Test
  void readsLevelsGlobalsAndModules() {
    LintConfigFile.Loaded loaded =
        LintConfigFile.parse(
            "rules:\n  D107: off\n  W202: hint\nglobals: [app_config]\nmodules:\n  - acme\n",
            CODES::contains);
    LintConfig config = loaded.config();
    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(config.severityOf("D107", Severity.WARNING)).isEmpty();
    assertThat(config.severityOf("W202", Severity.WARNING)).contains(Severity.HINT);
    assertThat(config.severityOf("D101", Severity.ERROR)).contains(Severity.ERROR);
    assertThat(config.globals()).containsExactly("app_config");
    assertThat(config.modules()).containsExactly("acme");
  }

  @Test
  void reportsEachProblemAtItsPositionAndKeepsTheRest() {
    LintConfigFile.Loaded loaded =
        LintConfigFile.parse(
            "rules:\n  X999: off\n  D101: loud\n  W202: hint\nglobals: [\"not a name\"]\nextra: 1\n",
            CODES::contains);
    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 3, "E101"),
            org.assertj.core.groups.Tuple.tuple(3, 9, "E101"),
            org.assertj.core.groups.Tuple.tuple(5, 11, "E101"),
            org.assertj.core.groups.Tuple.tuple(6, 1, "E101"));
    assertThat(loaded.config().severityOf("W202", Severity.WARNING)).contains(Severity.HINT);
  }

  @Test
  void invalidYamlIsOnePositionedDiagnostic() {
    LintConfigFile.Loaded loaded = LintConfigFile.parse("rules: [\n", CODES::contains);
    assertThat(loaded.diagnostics()).hasSize(1);
    assertThat(loaded.diagnostics().get(0).message()).startsWith("invalid YAML");
    assertThat(loaded.config()).isEqualTo(LintConfig.DEFAULT);
  }

  @Test
  void missingFileIsTheDefault(@TempDir Path dir) throws Exception {
    assertThat(LintConfigFile.load(dir, CODES::contains).config()).isEqualTo(LintConfig.DEFAULT);
    Files.writeString(dir.resolve(".wflow.yaml"), "globals: [g]\n");
    assertThat(LintConfigFile.load(dir, CODES::contains).config().globals()).containsExactly("g");
  }
}
