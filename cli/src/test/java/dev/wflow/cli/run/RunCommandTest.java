package dev.wflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import dev.wflow.runtime.LuaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
  static final String ORDER = "{\"id\":\"o1\",\"total\":42,\"customer_id\":\"c1\"}";

  /** A project with an approval workflow waiting for a signal, plus whatever else is given. */
  static Path approvalProject(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        namespace: app
        entries:
          - name: client
            kind: temporal.client
            address: localhost:7233
          - name: worker
            kind: temporal.worker
            client: client
            task_queue: approvals
          - name: approval
            kind: workflow.lua
            source: file://approval.lua
            modules: [time]
            meta:
              temporal:
                workflow:
                  worker: worker
          - name: broken
            kind: workflow.lua
            source: |
              return function(input)
                local limit = input.limit
                error("limit " .. limit .. " exceeded")
              end
            meta:
              temporal:
                workflow:
                  worker: worker
          - name: spins
            kind: workflow.lua
            source: |
              return function()
                while true do end
              end
            meta:
              temporal:
                workflow:
                  worker: worker
          - name: recurses
            kind: workflow.lua
            source: |
              local function deeper(n) return 1 + deeper(n + 1) end
              return function() return deeper(1) end
            meta:
              temporal:
                workflow:
                  worker: worker
        """);
    Files.writeString(
        dir.resolve("src/approval.lua"),
        """
        local function main(request: {id: string})
            local approvals = process.listen("approve")
            local decision = approvals:receive()
            time.sleep("10s")
            return {id = request.id, approved_by = decision.by}
        end
        return {main = main}
        """);
    return dir;
  }

  @Test
  void jsonOutputHasTheDocumentedShape() {
    var r =
        CliRunner.run(
            "-C",
            ORDERS.toString(),
            "run",
            "app:order_workflow",
            "--input",
            ORDER,
            "--mock",
            "app:ship_order={\"tracking_number\":\"T-9\"}",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<?, ?> json = (Map<?, ?>) parse(r.out());
    assertThat(json.keySet().stream().map(Object::toString).toList())
        .containsExactly("status", "result", "error", "elapsed", "historyLength", "activities");
    assertThat(json.get("status")).isEqualTo("completed");
    assertThat(json.get("elapsed")).isEqualTo(3600);
    assertThat(json.get("error")).isNull();
    assertThat(((Map<?, ?>) json.get("result")).get("tracking")).isEqualTo("T-9");
    List<?> activities = (List<?>) json.get("activities");
    assertThat(activities).hasSize(2);
    assertThat(((Map<?, ?>) activities.get(1)).get("id")).isEqualTo("app:ship_order");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void textOutputIsATimeline() {
    String order = "{\"id\":\"o1\",\"total\":42,\"customer_id\":\"c1\",\"shipping_address\":\"x\"}";
    var r = CliRunner.run("-C", ORDERS.toString(), "run", "app:order_workflow", "--input", order);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("+0s        ActivityTaskScheduled")
        .contains("+1h0m0s    TimerFired")
        .contains("completed after 1h0m0s of workflow time")
        .contains("result: {\"payment_id\":\"pay-");
  }

  @Test
  void aRunThatWaitsForeverSaysWhereAndKeepsItsColumns(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r = CliRunner.run("-C", dir.toString(), "run", "app:approval", "--input", "{\"id\":\"r\"}");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("  +0s         WorkflowExecutionStarted")
        .contains("  +87600h0m0s WorkflowExecutionTimedOut")
        .contains("waiting for receive on listen approve at src/approval.lua:3");
  }

  @Test
  void signalsArriveAtTheirVirtualOffset(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r =
        CliRunner.run(
            "-C",
            dir.toString(),
            "run",
            "app:approval",
            "--input",
            "{\"id\":\"r1\"}",
            "--signal",
            "2h:approve={\"by\":\"ann\"}",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<?, ?> json = (Map<?, ?>) parse(r.out());
    assertThat(json.get("result")).isEqualTo(Map.of("id", "r1", "approved_by", "ann"));
    assertThat(json.get("elapsed")).isEqualTo(7210);
  }

  @Test
  void aFailingWorkflowExitsOneWithItsLuaLine(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r = CliRunner.run("-C", dir.toString(), "run", "app:broken", "--input", "{\"limit\":5}");
    assertThat(r.exitCode()).isEqualTo(1);
    // Inline Lua: the position is the line inside the definition file.
    assertThat(r.out()).contains("error: Internal: src/_index.yaml:23: limit 5 exceeded");
  }

  @Test
  void aRunawayLoopUnderAShortTimeoutIsAFailureNotAnInternalError(@TempDir Path dir)
      throws Exception {
    approvalProject(dir);
    // The limit and the 2 s no-yield budget race: either way the run fails with its cause.
    for (String limit : List.of("1s", "2s")) {
      var r = CliRunner.run("-C", dir.toString(), "run", "app:spins", "--timeout", limit);
      assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
      assertThat(r.out() + r.err())
          .doesNotContain("internal error")
          .doesNotContain("Exception")
          .containsAnyOf("no result within " + limit, "without yielding");
    }
  }

  @Test
  void infiniteRecursionFailsAtItsLineInOneLine(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    var r = CliRunner.run("-C", dir.toString(), "run", "app:recurses", "--timeout", "10s");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("src/_index.yaml:42: stack overflow");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("StackOverflowError");
  }

  @Test
  void badOptionsAreUsageErrors() {
    String project = ORDERS.toString();
    var unknown = CliRunner.run("-C", project, "run", "app:nope");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no workflow entry app:nope; workflows: app:order_workflow");
    var badJson = CliRunner.run("-C", project, "run", "app:order_workflow", "--input", "{oops");
    assertThat(badJson.exitCode()).isEqualTo(2);
    assertThat(badJson.err()).contains("--input: invalid JSON at line 1, column 2");
    var badMock = CliRunner.run("-C", project, "run", "app:order_workflow", "--mock", "charge=1");
    assertThat(badMock.exitCode()).isEqualTo(2);
    assertThat(badMock.err()).contains("expected ACTIVITY_ID=JSON");
    var badSignal =
        CliRunner.run("-C", project, "run", "app:order_workflow", "--signal", "1d:x={}");
    assertThat(badSignal.exitCode()).isEqualTo(2);
    assertThat(badSignal.err()).contains("invalid duration \"1d\"");
  }

  @Test
  void savedHistoryReplaysAndAChangedWorkflowDiverges(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    Path history = dir.resolve("h.json");
    var run = recordApproval(dir, history);
    assertThat(run.exitCode()).as(run.err()).isZero();
    var clean = CliRunner.run("-C", dir.toString(), "replay", history.toString());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("h.json: replays cleanly (app:approval)");

    Path lua = dir.resolve("src/approval.lua");
    Files.writeString(
        lua, Files.readString(lua).replace("time.sleep(\"10s\")", "process.upgrade(nil, request)"));
    var diverged = CliRunner.run("-C", dir.toString(), "replay", history.toString());
    assertThat(diverged.exitCode()).isEqualTo(1);
    assertThat(diverged.out())
        .contains("h.json: diverges at event")
        .contains("src/approval.lua:4: ");
  }

  @Test
  void replayAgainstARenamedEntry(@TempDir Path dir) throws Exception {
    approvalProject(dir);
    Path history = dir.resolve("h.json");
    var run = recordApproval(dir, history);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path yaml = dir.resolve("src/_index.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("name: approval", "name: approval_v2"));
    var unknown = CliRunner.run("-C", dir.toString(), "replay", history.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .contains("h.json: cannot replay: no workflow entry has workflow type 'app:approval'");
    var renamed =
        CliRunner.run(
            "-C", dir.toString(), "replay", history.toString(), "--workflow", "app:approval_v2");
    assertThat(renamed.exitCode()).as(renamed.out() + renamed.err()).isZero();
  }

  @Test
  void replayOfANonHistoryIsAUsageError(@TempDir Path dir) throws Exception {
    Path bogus = Files.writeString(dir.resolve("x.json"), "{\"not\": \"a history\"}");
    var r = CliRunner.run("-C", ORDERS.toString(), "replay", bogus.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("x.json:1:1: expected a Temporal JSON history");
  }

  /** Runs the approval workflow to completion (approved after a minute), saving its history. */
  static CliRunner.Result recordApproval(Path dir, Path history) {
    return CliRunner.run(
        "-C",
        dir.toString(),
        "run",
        "app:approval",
        "--input",
        "{\"id\":\"r1\"}",
        "--signal",
        "1m:approve={\"by\":\"bo\"}",
        "--history",
        history.toString());
  }

  static Object parse(String json) {
    try {
      return LuaJson.read(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
