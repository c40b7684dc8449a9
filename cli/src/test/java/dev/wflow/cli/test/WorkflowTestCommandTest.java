package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wflow test} driving real workflow runs on Temporal's in-memory server. */
class WorkflowTestCommandTest {

  private static final String ORDERS = "src/test/resources/projects/orders";
  private static final String DETERMINISM = "src/test/resources/projects/determinism";

  @Test
  void orderAndApprovalWorkflowsPassWithVirtualTime(@TempDir Path tmp) throws Exception {
    CliRunner.Result r =
        CliRunner.run("-C", ORDERS, "test", "--parallel", "2", "--history-dir", tmp.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .contains("PASS   app.test:orders  order workflow > charges, waits an hour and ships")
        .containsPattern("\\(virtual 1h(0m)?[0-5]?s?\\)")
        .contains("approval > expires after a day")
        .containsPattern("\\(virtual 24h[0-5]?s?\\)")
        .endsWith("9 passed, 0 failed, 0 skipped\n");
    try (Stream<Path> files = Files.walk(tmp)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json")).count())
          .isGreaterThanOrEqualTo(9);
    }
  }

  @Test
  void randomBranchesAndTableKeyOrderFailTheReplayCheck() {
    CliRunner.Result r = CliRunner.run("-C", DETERMINISM, "test");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(CliRunner.timeless(r.out()))
        .contains("FAIL   det:determinism_test  determinism > coin flips")
        .contains("FAIL   det:determinism_test  determinism > table keys")
        .contains("PASS   det:determinism_test  determinism > steady")
        .contains("determinism failure: replaying the history of det:coin_flips")
        .contains("(src/coin_flips.lua:")
        .contains("determinism failure: replaying the history of det:table_keys")
        .contains("(src/table_keys.lua:10)")
        .contains("the code now issues det:step_")
        .contains("last history events:")
        // Pasted where the tests ran, the reproduce commands reach the project.
        .contains("wflow -C " + DETERMINISM + " replay ")
        .contains("wflow -C " + DETERMINISM + " run det:coin_flips")
        .endsWith("1 passed, 2 failed, 0 skipped\n");
  }

  @Test
  void noReplayCheckLetsThemPass() {
    CliRunner.Result r = CliRunner.run("-C", DETERMINISM, "test", "--no-replay-check");
    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(CliRunner.timeless(r.out())).endsWith("3 passed, 0 failed, 0 skipped\n");
  }

  @Test
  void aProjectDirectoryAsFirstArgumentPicksTheProjectAndTheRestFilter() {
    CliRunner.Result r = CliRunner.run("test", DETERMINISM, "steady");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .endsWith("1 passed, 0 failed, 0 skipped, 2 deselected\n");
  }

  @Test
  void theExampleProjectPasses() {
    CliRunner.Result r = CliRunner.run("test", "../examples/orders");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out())).endsWith("4 passed, 0 failed, 0 skipped\n");
  }
}
