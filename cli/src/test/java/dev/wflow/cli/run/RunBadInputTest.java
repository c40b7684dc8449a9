package dev.wflow.cli.run;

import static dev.wflow.cli.run.RunCommandTest.approvalProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user gets from {@code wflow run}/{@code replay} when the command line is wrong. */
class RunBadInputTest {

  private static final String REQUEST = "{\"id\":\"r1\"}";

  /** {@code wflow -C dir run app:approval ARGS…}. */
  private static CliRunner.Result approval(Path dir, String... args) {
    String[] all = new String[4 + args.length];
    all[0] = "-C";
    all[1] = dir.toString();
    all[2] = "run";
    all[3] = "app:approval";
    System.arraycopy(args, 0, all, 4, args.length);
    return CliRunner.run(all);
  }

  @Test
  void inputFromAFileIsTheFilesJsonNotPicocliArguments(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    // Spaces in the JSON: picocli's own @file expansion would split it into arguments.
    Path input = Files.writeString(dir.resolve("request.json"), "{ \"id\" : \"from file\" }\n");
    var r =
        approval(
            dir,
            "--input",
            "@" + input,
            "--signal",
            "1m:approve={\"by\":\"ann\"}",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"id\":\"from file\"");
  }

  @Test
  void inputFileProblemsNameTheFileAndPosition(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var missing = approval(dir, "--input", "@" + dir.resolve("no.json"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no.json: no such file");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": oops\n}");
    var invalid = approval(dir, "--input", "@" + bad);
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err()).contains("bad.json:2:").contains("invalid JSON");
    var unclosed = approval(dir, "--input", "{\"a\":1");
    assertThat(unclosed.err())
        .contains("expected close marker for Object (opened at line 1, column 1)")
        .doesNotContain("Source:");
  }

  @Test
  void aNonWorkflowEntryIsNamedAsSuch() {
    var r = CliRunner.run("-C", RunCommandTest.ORDERS.toString(), "run", "app:charge_payment");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("app:charge_payment is a function.lua entry, not a workflow; workflows:");
  }

  @Test
  void aMockForNoActivityIsAUsageErrorThatNamesIt(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r = approval(dir, "--input", REQUEST, "--mock", "app:not_written_yet=1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("--mock app:not_written_yet: unknown activity app:not_written_yet");
  }

  @Test
  void negativeSignalOffsetsAndTimeoutsAreRefused(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var signal = approval(dir, "--signal", "-1h:approve={}");
    assertThat(signal.exitCode()).isEqualTo(2);
    assertThat(signal.err()).contains("not negative");
    var zero = approval(dir, "--timeout", "0s");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--timeout: must be more than zero, got 0s");
  }

  @Test
  void aSignalAfterTheEndIsReportedInGoDurations(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r =
        approval(
            dir,
            "--input",
            REQUEST,
            "--signal",
            "1m:approve={\"by\":\"ann\"}",
            "--signal",
            "100h:approve={}");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("signal approve at 100h0m0s not delivered: the run had already completed");
    assertThat(r.out()).contains("0 activity calls");
  }

  @Test
  void anUnwritableHistoryFailsBeforeTheRunAndLeavesNoFile(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    Path inTheWay = Files.writeString(dir.resolve("file"), "x");
    var r = approval(dir, "--input", REQUEST, "--history", inTheWay.resolve("h.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--history").contains("cannot write to");

    Path nested = dir.resolve("histories/today/h.json");
    var made = RunCommandTest.recordApproval(dir, nested);
    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(Files.readString(nested)).startsWith("{");
    try (var files = Files.list(nested.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("h.json");
    }
  }

  @Test
  void replayReportsEveryBadFileByNameAndGoesOn(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    Path history = dir.resolve("h.json");
    RunCommandTest.recordApproval(dir, history);
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path text = Files.writeString(dir.resolve("text.json"), "\n  not json");
    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Path noEvents = Files.writeString(dir.resolve("none.json"), "{\"events\": []}");
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
    var r =
        CliRunner.run(
            "-C",
            dir.toString(),
            "replay",
            empty.toString(),
            text.toString(),
            array.toString(),
            noEvents.toString(),
            latin1.toString(),
            dir.resolve("missing.json").toString(),
            history.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("h.json: replays cleanly");
    assertThat(r.err())
        .contains("empty.json: empty file; expected a Temporal JSON history")
        .contains("text.json:2:3: not JSON: Unrecognized token 'not'")
        .contains("array.json:1:1: expected a Temporal JSON history")
        .contains("none.json:1:1: the history has no events")
        .contains("latin1.json:1:2: file is not valid UTF-8 (byte 0xE9)")
        .contains("missing.json: no such file")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aHistoryWithAGapIsOneLineAndAUsageError(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    Path history = dir.resolve("h.json");
    RunCommandTest.recordApproval(dir, history);
    var tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("events")).remove(3);
    Path gap = Files.writeString(dir.resolve("gap.json"), tree.toString());
    var r = CliRunner.run("-C", dir.toString(), "replay", gap.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("gap.json: event 3 is followed by event 5: the history has a gap")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnreachableOrMalformedAddressIsOneLine(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var refused = approval(dir, "--input", REQUEST, "--address", "127.0.0.1:1");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .startsWith("wflow: cannot reach Temporal at 127.0.0.1:1: UNAVAILABLE (")
        .doesNotContain("\tat ")
        .hasLineCount(1);
    var malformed = approval(dir, "--address", "not an address");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("expected HOST:PORT");
  }
}
