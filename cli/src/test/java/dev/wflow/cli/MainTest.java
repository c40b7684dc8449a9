package dev.wflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionGoesToStdout() {
    CliRunner.Result result = CliRunner.run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("wflow ");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRunner.Result result = CliRunner.run("frobnicate");
    assertThat(result.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Unmatched argument").contains("wflow --help");
  }

  @Test
  void aMistypedCommandSuggestsTheNearestOne() {
    CliRunner.Result result = CliRunner.run("tset");
    assertThat(result.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(result.err()).contains("Did you mean: wflow test?").doesNotContain("completion");
  }

  @Test
  void wflowAloneIsAUsageErrorAndHelpIsACommand() {
    CliRunner.Result alone = CliRunner.run();
    assertThat(alone.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(alone.out()).isEmpty();
    assertThat(alone.err()).contains("Usage: wflow");
    CliRunner.Result help = CliRunner.run("help", "test");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: wflow test");
  }

  @Test
  void theRootHelpListsEachCommandWithAWholeSentence() {
    String out = CliRunner.run("--help").out().replaceAll("\\s+", " ");
    assertThat(out)
        .contains(
            "test Run the project's tests (function.lua entries with meta.type: test) on an"
                + " in-memory Temporal server: timers skipped, activities mocked, every run"
                + " replayed for determinism.")
        .contains("help ");
  }

  @Test
  void completionHelpShowsTheZshPathLiterally() {
    assertThat(CliRunner.run("completion", "--help").out())
        .contains("\"${fpath[1]}/_wflow\"")
        .doesNotContain("null/");
  }

  @Test
  void onlyANonEmptyNoColorTurnsColourOff() {
    assertThat(ColorMode.AUTO.enabled(true, java.util.Map.of("NO_COLOR", ""))).isTrue();
    assertThat(ColorMode.AUTO.enabled(true, java.util.Map.of("NO_COLOR", "1"))).isFalse();
  }

  @Test
  void missingProjectDirectoryIsAUsageErrorWithoutStackTrace() {
    CliRunner.Result result = CliRunner.run("completion", "bash", "-C", "/no/such/dir");
    assertThat(result.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(result.err()).contains("project directory not found").doesNotContain("\tat ");
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    CliRunner.Result result = CliRunner.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Examples:").contains("Exit codes:");
  }

  @Test
  void completionScriptsForBashAndZsh() {
    assertThat(CliRunner.run("completion", "bash").out()).contains("complete -F");
    CliRunner.Result zsh = CliRunner.run("completion", "zsh");
    assertThat(zsh.out()).startsWith("#compdef wflow").contains("bashcompinit");
    assertThat(CliRunner.run("completion", "fish").exitCode()).isEqualTo(ExitException.USAGE);
  }

  @Test
  void colorFollowsTerminalAndNoColor() {
    assertThat(ColorMode.AUTO.enabled(true, Map.of())).isTrue();
    assertThat(ColorMode.AUTO.enabled(false, Map.of())).isFalse();
    assertThat(ColorMode.AUTO.enabled(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ColorMode.AUTO.enabled(true, Map.of("TERM", "dumb"))).isFalse();
    assertThat(ColorMode.ALWAYS.enabled(false, Map.of())).isTrue();
    assertThat(ColorMode.NEVER.enabled(true, Map.of())).isFalse();
  }
}
