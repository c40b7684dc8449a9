package dev.wflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code wflow lint} with the Lua rules plugged in, end to end through the CLI. */
class LuaLintCommandTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void exampleProjectLintsClean() {
    CliRunner.Result r = CliRunner.run("lint", "-C", ROOT.resolve("examples/orders").toString());
    assertThat(r.out()).contains("0 errors, 0 warnings, 0 hints");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void documentationSagaSampleReportsTheLocalDeclaredTooLate() {
    Path docs = ROOT.resolve("harness/src/test/resources/lint/fixtures/docs");
    CliRunner.Result r =
        CliRunner.run("lint", "-C", docs.toString(), "--format", "json", "--code", "W201");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("\"file\": \"src/saga.lua\"")
        .contains(
            "`run_compensations` is an undefined global; a local with this name is declared later at"
                + " line 39")
        .contains("\"code\": \"W201\"")
        .doesNotContain("\"code\": \"A307\"");
  }
}
