package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.PlainLuaStates;
import dev.wflow.testing.Reproduction;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowDrivingTest {

  private final List<FakeEnvironment> opened = new ArrayList<>();

  /** charge, wait a day, ship; returns a summary. */
  private static Object orderWorkflow(FakeEnvironment.Context ctx, List<Object> args) {
    Map<?, ?> order = (Map<?, ?>) args.get(0);
    ActivityMock.Answer payment = ctx.activity("app:charge", order);
    if (payment.error() != null) {
      return Map.of("status", "failed", "reason", payment.error().message());
    }
    ctx.sleep(Duration.ofHours(24));
    ActivityMock.Answer ship = ctx.activity("app:ship", Map.of("id", order.get("id")));
    return Map.of(
        "status",
        "shipped",
        "payment",
        ((Map<?, ?>) payment.value()).get("id"),
        "tracking",
        ((Map<?, ?>) ship.value()).get("tracking"));
  }

  private static Object hangs(FakeEnvironment.Context ctx, List<Object> args) {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  private RunResult run(TestOptions options, String divergence, String source) {
    Map<String, BiFunction<FakeEnvironment.Context, List<Object>, Object>> workflows =
        Map.of(
            "app:order",
            WorkflowDrivingTest::orderWorkflow,
            "app:hang",
            WorkflowDrivingTest::hangs);
    WorkflowDriving driving =
        new WorkflowDriving(
            FakeEnvironment.catalog(workflows, List.of("app:charge", "app:ship")),
            o -> {
              FakeEnvironment env =
                  new FakeEnvironment(workflows, List.of("app:charge", "app:ship"), divergence);
              opened.add(env);
              return env;
            });
    TestEntry entry =
        new TestEntry(
            "app.test:wf",
            "app.test",
            "wf",
            0,
            "src/wf_test.lua",
            source,
            "run",
            List.of(),
            Map.of("test", TestEntry.TEST_MODULE_ID));
    return new TestRunner(new PlainLuaStates(), options, driving)
        .run(List.of(entry), TestListener.NONE);
  }

  private RunResult run(String source) {
    return run(TestOptions.defaults(), null, source);
  }

  private static CaseResult only(RunResult r) {
    FileResult f = r.files().get(0);
    assertThat(f.error()).isNull();
    return f.cases().get(0);
  }

  @Test
  void drivesARunWithFixedAndFunctionMocks() {
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
                test.eq(run:attrs().search.status, "processing")
                test.eq(run:history()[1].eventType, "WorkflowExecutionStarted")
              end)
            end) end) }
            """);
    CaseResult c = only(r);
    assertThat(c.outcome()).as(String.valueOf(c.failure())).isEqualTo(Outcome.PASSED);
    assertThat(c.virtualSeconds()).isEqualTo(86400);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).closed).isTrue();
  }

  @Test
  void mockErrorsReachTheWorkflowAndEachTestGetsItsOwnEnvironment() {
    RunResult r =
        run(
            """
            return { run = test.run_cases(function() describe("wf", function()
              it("declined", function()
                local run = test.workflow("app:order")
                  :mock_error("app:charge", {kind = "Invalid", message = "card declined", retryable = false})
                  :start({id = "o2"})
                test.eq(run:result().reason, "card declined")
                test.eq(run:calls("app:charge")[1].error:kind(), "Invalid")
              end)
              it("second", function()
                local run = test.workflow("app:order")
                  :mock("app:charge", function() return nil, errors_new("no funds") end)
                  :start({id = "o3"})
                test.eq(run:result().reason, "no funds")
              end)
            end) end) }
            """
                .replace(
                    "errors_new(\"no funds\")",
                    "setmetatable({}, {__tostring = function() return 'no funds' end})"));
    assertThat(r.files().get(0).cases())
        .extracting(CaseResult::outcome)
        .containsExactly(Outcome.PASSED, Outcome.PASSED);
    assertThat(opened).hasSize(2);
  }

  @Test
  void failuresCarryHistoryTailAndReproduceCommands() {
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
    assertThat(f.location()).isEqualTo("src/wf_test.lua:7");
    assertThat(f.historyTail()).last().isEqualTo("#5 WorkflowExecutionCompleted");
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
  void replayDivergenceFailsAPassingTestAsNonDeterministic(@TempDir Path tmp) throws Exception {
    String source =
        """
        return { run = test.run_cases(function() describe("wf", function()
          it("passes its assertions", function()
            local run = test.workflow("app:order"):mock("app:charge", {id = "p"})
              :mock("app:ship", {tracking = "T"}):start({id = "o1"})
            test.eq(run:result().status, "shipped")
          end)
        end) end) }
        """;
    RunResult r =
        run(
            TestOptions.defaults().withHistoryDir(tmp),
            "event #5: expected ActivityTask app:ship, got TimerStarted",
            source);
    CaseResult c = only(r);
    assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(c.failure().kind()).isEqualTo(Failure.Kind.DETERMINISM);
    assertThat(c.failure().message())
        .startsWith("determinism failure: replaying the history of app:order")
        .endsWith("diverged: event #5: expected ActivityTask app:ship, got TimerStarted");
    try (var files = Files.walk(tmp)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly("1-app_order.json");
    }
    RunResult unchecked = run(TestOptions.defaults().withReplayCheck(false), "diverged", source);
    assertThat(only(unchecked).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void unknownActivityMockAndHungRunAreErrorsOfTheirTest() {
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
    assertThat(cases.get(0).failure().location()).isEqualTo("src/wf_test.lua:3");
    // The limit is the whole entry's, as on the platform: the hung test carries the timeout and
    // the tests after it do not run. However slow the machine, the outcome is the same.
    RunResult hung =
        run(
            TestOptions.defaults().withTimeout(Duration.ofSeconds(1)),
            null,
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
    CaseResult timedOut = hung.files().get(0).cases().get(0);
    assertThat(hung.files().get(0).cases()).hasSize(1);
    assertThat(timedOut.failure().kind()).isEqualTo(Failure.Kind.TIMEOUT);
    assertThat(timedOut.failure().historyTail())
        .containsExactly("#1 WorkflowExecutionStarted app:hang");
  }

  @Test
  void workflowFunctionsOutsideATestAreAnError() {
    RunResult r = run("local run = test.workflow('app:order')\nreturn function() end");
    assertThat(r.files().get(0).error().message())
        .contains("test.workflow drives workflows and can only be used inside a test (it)");
  }
}
