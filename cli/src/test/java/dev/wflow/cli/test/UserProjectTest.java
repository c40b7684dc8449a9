package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import org.junit.jupiter.api.Test;

/**
 * A project written the way the Wippy documentation shows (approval with a timeout through {@code
 * channel.select}, a saga, child workflows both ways, {@code workflow.version}, a {@code
 * coroutine.spawn} fan-out, a plain unit test with {@code test.run_cases}, application code that
 * spawns and signals): everything the docs promise passes under {@code wflow test}.
 */
class UserProjectTest {

  private static final String SHOP = "src/test/resources/projects/shop";

  @Test
  void everyDocumentedPatternPasses() {
    CliRunner.Result r = CliRunner.run("-C", SHOP, "test");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .contains("PASS   shop:workflows_test  approval > times out after 72h")
        .contains("PASS   shop:workflows_test  children > sync and async")
        .contains("PASS   shop:workflows_test  application code > spawns with a name and signals")
        .contains("SKIP   shop:mathlib_test  mathlib > skipped")
        .endsWith("18 passed, 0 failed, 1 skipped\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void updatesCancellationContinueAsNewAndEarlySignalsPass() {
    CliRunner.Result r = CliRunner.run("-C", "src/test/resources/projects/desk", "test");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out()))
        .contains("PASS   desk:desk_test  desk > cancellation")
        .contains("PASS   desk:desk_test  desk > signal before listen")
        .endsWith("8 passed, 0 failed, 0 skipped\n");
  }

  @Test
  void misuseGetsMessagesThatSayWhatAndWhere() {
    CliRunner.Result r = CliRunner.run("-C", "src/test/resources/projects/misuse", "test");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(CliRunner.timeless(r.out())).endsWith("7 passed, 0 failed, 0 skipped\n");
  }
}
