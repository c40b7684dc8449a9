package dev.wflow.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rest of the command language through {@code --script}: time, queries, saving, goto. */
class ReplCommandsTest {

  @TempDir Path temp;

  private CliRunner.Result session(Path project, String... args) {
    return CliRunner.run(
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("-C", project.toString(), "repl"),
                java.util.Arrays.stream(args))
            .toArray(String[]::new));
  }

  private Path script(String... lines) throws IOException {
    Path script = temp.resolve("s" + System.nanoTime() + ".txt");
    Files.writeString(script, String.join("\n", lines) + "\n");
    return script;
  }

  @Test
  void timeQueriesEventsAndGotoWorkOnALiveRun() throws IOException {
    Path history = temp.resolve("out/saved.json");
    var r =
        session(
            ReplScriptTest.ORDERS,
            "app:order_workflow",
            "--input",
            ReplScriptTest.ORDER,
            "--script",
            script(
                    "start",
                    "step",
                    "time",
                    "query state",
                    "skip 1h",
                    "time",
                    "events --json",
                    "goto 11",
                    "where",
                    "break timer",
                    "delete 1",
                    "delete 1",
                    "run",
                    "save history " + history,
                    "quit")
                .toString());
    assertThat(r.out())
        // The clock runs in real time between skips: a loaded machine shows a second or two.
        .containsPattern("\\(\\+\\ds since the start\\)")
        .contains("(+1h0m")
        .contains(
            "query state = {\"pid\":\"{app:temporal_client@app:worker|app.order_workflow-debug}\"")
        .contains("\"eventType\": \"EVENT_TYPE_TIMER_FIRED\"")
        .contains("deleted breakpoint 1")
        .contains("error: no breakpoint 1; 'breaks' lists them")
        .contains("saved the history to " + history);
    String afterGoto = r.out().substring(r.out().indexOf("> goto 11"));
    assertThat(afterGoto.substring(0, afterGoto.indexOf("> break")))
        .contains("waits for timer 1h0m0s at src/order_workflow.lua:38");
    assertThat(Files.readString(history)).contains("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED");
    assertThat(r.exitCode()).isEqualTo(1); // the second 'delete 1'
  }

  @Test
  void replayingAHistoryAgainstChangedCodeReportsTheDeterminismFailureAtItsLine()
      throws IOException {
    Path project = temp.resolve("orders");
    ReplScriptTest.copy(ReplScriptTest.ORDERS, project);
    Path history = temp.resolve("h.json");
    var run =
        CliRunner.run(
            "-C",
            project.toString(),
            "run",
            "app:order_workflow",
            "--input",
            ReplScriptTest.ORDER,
            "--history",
            history.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path lua = project.resolve("src/order_workflow.lua");
    Files.writeString(
        lua,
        Files.readString(lua).replace("local COOLING_OFF = \"1h\"", "local COOLING_OFF = \"2h\""));
    var r =
        session(
            project,
            "--history",
            history.toString(),
            "--script",
            script("start", "step", "signal approve", "quit").toString());
    assertThat(r.out())
        .contains(
            "error: determinism failure: command 2 was 'timer 1h0m0s', the current code issued"
                + " 'timer 2h0m0s' at src/order_workflow.lua:38")
        .contains("error: replay mode follows the recorded history");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    var noHistory =
        session(ReplScriptTest.ORDERS, "--history", temp.resolve("none.json").toString());
    assertThat(noHistory.exitCode()).isEqualTo(2);
    assertThat(noHistory.err()).contains("--history");
    Path notJson = temp.resolve("bad.json");
    Files.writeString(notJson, "{\"events\": [\n  oops]}");
    var bad = session(ReplScriptTest.ORDERS, "--history", notJson.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.json:2:").contains("not JSON");
    var unknown = session(ReplScriptTest.ORDERS, "app:nope", "--script", script("quit").toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no workflow entry app:nope");
    var input = session(ReplScriptTest.ORDERS, "app:order_workflow", "--input", "{oops");
    assertThat(input.exitCode()).isEqualTo(2);
    assertThat(input.err()).contains("--input: invalid JSON");
  }
}
