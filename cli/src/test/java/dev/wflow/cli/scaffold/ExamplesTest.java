package dev.wflow.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenario examples the README points at: no lint finding, every test passes. */
class ExamplesTest {

  @ParameterizedTest
  @ValueSource(strings = {"saga", "approval", "child", "versioned"})
  void lintsCleanAndPasses(String example) {
    String dir = "../examples/" + example;
    CliRunner.Result lint = CliRunner.run("-C", dir, "lint");
    assertThat(lint.exitCode()).as(lint.out()).isZero();
    assertThat(lint.out()).endsWith(": 0 errors, 0 warnings, 0 hints\n").hasLineCount(1);
    CliRunner.Result test = CliRunner.run("test", dir);
    assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
    assertThat(CliRunner.timeless(test.out()))
        .doesNotContain("FAIL")
        .endsWith(" passed, 0 failed, 0 skipped\n");
  }
}
