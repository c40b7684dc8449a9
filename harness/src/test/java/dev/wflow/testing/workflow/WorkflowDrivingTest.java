package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.Reproduction;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.engine.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test.workflow(...)} on the project's own workflows, each test on a node of its own. */
class WorkflowDrivingTest {

  @TempDir Path dir;

  private static final String INDEX =
      """
      version: "1.0"
      namespace: app
      entries:
        - name: client
          kind: temporal.client
          address: localhost:7233
        - name: worker
          kind: temporal.worker
          client: client
          task_queue: q
        - name: order
          kind: workflow.lua
          source: file://order.lua
          method: main
          modules: [funcs, time]
          meta: {temporal: {workflow: {worker: app:worker}}}
        - name: coin_flips
          kind: workflow.lua
          source: file://coin_flips.lua
          method: main
          modules: [funcs]
          meta: {temporal: {workflow: {worker: app:worker}}}
        - name: hang
          kind: workflow.lua
          source: file://hang.lua
          method: main
          modules: [funcs]
          meta: {temporal: {workflow: {worker: app:worker}}}
        - name: wait
          kind: function.lua
          source: file://wait.lua
          method: main
          modules: [time]
          meta: {temporal: {activity: {worker: app:worker}}}
        - name: charge
          kind: function.lua
          source: file://activity.lua
          method: main
          meta: {temporal: {activity: {worker: app:worker}}}
        - name: ship
          kind: function.lua
          source: file://activity.lua
          method: main
          meta: {temporal: {activity: {worker: app:worker}}}
        - name: wf_test
          kind: function.lua
          source: file://wf_test.lua
          method: run
          meta: {type: test}
      """;

  /** charge, wait a day, ship; returns a summary. */
  private static final String ORDER =
      """
      local funcs = require("funcs")
      local time = require("time")
      local function main(order)
        local payment, err = funcs.call("app:charge", order)
        if err then return {status = "failed", reason = err:message()} end
        time.sleep("24h")
        local ship = funcs.call("app:ship", {id = order.id})
        return {status = "shipped", payment = payment.id, tracking = ship.tracking}
      end
      return {main = main}
      """;

  private RunResult run(TestOptions options, String test) throws IOException {
    Files.writeString(dir.resolve("_index.yaml"), INDEX);
    Files.writeString(dir.resolve("order.lua"), ORDER);
    Files.writeString(
        dir.resolve("coin_flips.lua"),
        """
        local funcs = require("funcs")
        local function main()
          for i = 1, 12 do
            -- wflow:ignore D102 deliberately non-deterministic: the replay check must catch it
            if math.random(2) == 1 then funcs.call("app:charge", i) else funcs.call("app:ship", i) end
          end
          return "done"
        end
        return {main = main}
        """);
    Files.writeString(
        dir.resolve("hang.lua"),
        "return {main = function() return require('funcs').call('app:wait') end}\n");
    // An activity's clock is the wall clock: it hangs its workflow without spinning.
    Files.writeString(
        dir.resolve("wait.lua"), "return {main = function() require('time').sleep('1h') end}\n");
    Files.writeString(dir.resolve("activity.lua"), "return {main = function(x) return x end}\n");
    Files.writeString(dir.resolve("wf_test.lua"), test);
    return TestEngine.run(TestEngine.load(dir), options, TestListener.NONE, line -> {});
  }

  private RunResult run(String test) throws IOException {
    return run(TestOptions.defaults(), test);
  }

  private static CaseResult only(RunResult r) {
    FileResult f = r.files().get(0);
    assertThat(f.error()).isNull();
    return f.cases().get(0);
  }

  @Test
  void drivesARunWithFixedAndFunctionMocks() throws IOException {
    RunResult r =
        run(
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("ships", function()
                local run = test.workflow("app:order")
                  :mock("app:charge", {id = "pay-1"})
                  :mock("app:ship", function(req) return {tracking = "T-" .. req.id} end)
                  :start({id = "o1", total = 42})
                local result, err = run:result()
                test.is_nil(err)
                test.eq(result.status, "shipped")
                test.eq(result.payment, "pay-1")
                test.eq(result.tracking, "T-o1")
                test.eq(run:elapsed(), 86400)
                test.len(run:calls("app:charge"), 1)
                test.eq(run:calls("app:charge")[1].args[1].total, 42)
                test.eq(run:status(), "completed")
                test.eq(run:history()[1].type, "WorkflowExecutionStarted")
              end)
            end) end) }
            """);
    CaseResult c = only(r);
    assertThat(c.outcome()).as(String.valueOf(c.failure())).isEqualTo(Outcome.PASSED);
    assertThat(c.virtualSeconds()).isEqualTo(86400);
  }

  @Test
  void mockErrorsReachTheWorkflowAndEachTestGetsItsOwnNode() throws IOException {
    RunResult r =
        run(
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("declined", function()
                local run = test.workflow("app:order"):with_options({["workflow.id"] = "o"})
                  :mock_error("app:charge", {kind = "Invalid", message = "card declined", retryable = false})
                  :start({id = "o2"})
                test.eq(run:result().reason, "card declined")
                test.eq(run:calls("app:charge")[1].error:kind(), "Invalid")
              end)
              it("the same workflow ID again", function()
                local run = test.workflow("app:order"):with_options({["workflow.id"] = "o"})
                  :mock("app:charge", function() return nil, {message = "no funds", retryable = false} end)
                  :start({id = "o3"})
                test.eq(run:result().reason, "no funds")
              end)
            end) end) }
            """);
    assertThat(r.files().get(0).cases())
        .extracting(c -> c.outcome() + " " + c.failure())
        .containsExactly("PASSED null", "PASSED null");
  }

  @Test
  void failuresCarryHistoryTailAndWhatReproducesThem() throws IOException {
    RunResult r =
        run(
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("wrong", function()
                local run = test.workflow("app:order")
                  :mock("app:charge", {id = "pay-1"})
                  :mock("app:ship", {tracking = "T"})
                  :start({id = "o1"})
                test.eq(run:result().status, "lost")
              end)
            end) end) }
            """);
    Failure f = only(r).failure();
    assertThat(f.location()).isEqualTo("wf_test.lua:7");
    assertThat(f.historyTail())
        .last()
        .asString()
        .startsWith("#")
        .contains("WorkflowExecutionCompleted");
    Reproduction repro = f.reproduction();
    assertThat(repro.workflowEntryId()).isEqualTo("app:order");
    assertThat(repro.history()).exists();
    assertThat(repro.start().args()).containsExactly(Map.of("id", "o1"));
    assertThat(repro.start().fixedMocks())
        .containsExactly(
            Map.entry("app:charge", Map.of("id", "pay-1")),
            Map.entry("app:ship", Map.of("tracking", "T")));
    assertThat(repro.start().functionMocksLeftOut()).isFalse();
  }

  @Test
  void replayDivergenceFailsAPassingTestAsNonDeterministic(@TempDir Path histories)
      throws IOException {
    String test =
        """
        return { run = test.run_cases(function() describe("wf", function()
          it("passes its assertions", function()
            local run = test.workflow("app:coin_flips")
              :mock("app:charge", "a"):mock("app:ship", "b"):start()
            test.eq(run:result(), "done")
          end)
        end) end) }
        """;
    RunResult r = run(TestOptions.defaults().withHistoryDir(histories), test);
    CaseResult c = only(r);
    assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(c.failure().kind()).isEqualTo(Failure.Kind.DETERMINISM);
    assertThat(c.failure().message())
        .startsWith("determinism failure: replaying the history of app:coin_flips")
        .contains("against the same code diverged: ");
    try (var files = Files.walk(histories)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly("1-app_coin_flips.json");
    }
    RunResult unchecked = run(TestOptions.defaults().withReplayCheck(false), test);
    assertThat(only(unchecked).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void unknownActivityMockAndHungRunAreErrorsOfTheirTest() throws IOException {
    RunResult r =
        run(
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("unknown mock", function()
                test.workflow("app:order"):mock("app:nope", {})
              end)
              it("still runs", function() end)
            end) end) }
            """);
    List<CaseResult> cases = r.files().get(0).cases();
    assertThat(cases)
        .extracting(CaseResult::outcome)
        .containsExactly(Outcome.ERROR, Outcome.PASSED);
    assertThat(cases.get(0).failure().message()).contains("unknown activity 'app:nope'");
    assertThat(cases.get(0).failure().location()).isEqualTo("wf_test.lua:3");
    // The limit is the whole entry's, as on the platform: the hung test carries the timeout and
    // the tests after it do not run. However slow the machine, the outcome is the same.
    RunResult hung =
        run(
            TestOptions.defaults().withTimeout(Duration.ofSeconds(1)),
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("hangs", function()
                local run = test.workflow("app:hang"):start()
                run:result()
              end)
              it("never runs", function() end)
            end) end) }
            """);
    assertThat(hung.files().get(0).error()).isNull();
    assertThat(hung.files().get(0).cases()).hasSize(1);
    CaseResult timedOut = hung.files().get(0).cases().get(0);
    assertThat(timedOut.failure().kind()).isEqualTo(Failure.Kind.TIMEOUT);
    assertThat(timedOut.failure().historyTail())
        .first()
        .asString()
        .startsWith("#1 WorkflowExecutionStarted app:hang");
  }

  @Test
  void workflowFunctionsOutsideATestAreAnError() throws IOException {
    RunResult r = run("local run = test.workflow('app:order')\nreturn {run = function() end}");
    assertThat(r.files().get(0).error().message())
        .contains("test.workflow drives workflows and can only be used inside a test (it)");
  }
}
