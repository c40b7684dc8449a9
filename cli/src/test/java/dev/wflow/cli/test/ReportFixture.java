package dev.wflow.cli.test;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.Reproduction;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A run mixing passing, failing, skipped and erroring tests and a broken file, with fixed times.
 */
final class ReportFixture {

  private ReportFixture() {}

  static RunResult mixed() {
    TestEntry orders =
        new TestEntry(
            "app.test:orders",
            "app.test",
            "orders",
            0,
            "src/orders_test.lua",
            "",
            "run",
            List.of(),
            Map.of());
    TestEntry broken =
        new TestEntry(
            "app.test:broken",
            "app.test",
            "broken",
            1,
            "src/broken_test.lua",
            "",
            "run",
            List.of(),
            Map.of());
    Failure diff =
        new Failure(
            Failure.Kind.ASSERTION,
            "assertion failed: expected {n = 1, status = \"ok\"}, got {n = 1, status = \"done\"}",
            "src/orders_test.lua:14",
            "{\n  n = 1,\n  status = \"ok\"\n}",
            "{\n  n = 1,\n  status = \"done\"\n}",
            List.of(
                "#9 ActivityTaskCompleted app:charge_payment",
                "#12 TimerFired 1h",
                "#15 WorkflowExecutionCompleted"),
            new Reproduction(
                "app:order_workflow",
                java.nio.file.Path.of(".wflow/history/orders-1.json"),
                null,
                new Reproduction.Start(
                    List.of(Map.of("id", "o1")),
                    Map.of("app:charge_payment", Map.of("id", "pay-1")),
                    List.of(new Reproduction.TimedSignal(3600, "approve", Map.of("by", "ann"))),
                    false)));
    List<CaseResult> cases =
        List.of(
            new CaseResult(
                orders.id(),
                orders.file(),
                List.of("orders"),
                "ships <fast> & \"safe\"",
                Outcome.PASSED,
                Duration.ofMillis(12),
                3600,
                null),
            new CaseResult(
                orders.id(),
                orders.file(),
                List.of("orders"),
                "reports status",
                Outcome.FAILED,
                Duration.ofMillis(40),
                86400,
                diff),
            new CaseResult(
                orders.id(),
                orders.file(),
                List.of("orders", "later"),
                "refunds",
                Outcome.SKIPPED,
                Duration.ZERO,
                0,
                null),
            new CaseResult(
                orders.id(),
                orders.file(),
                List.of("orders"),
                "errors",
                Outcome.ERROR,
                Duration.ofMillis(3),
                0,
                Failure.of(
                    Failure.Kind.ERROR, "attempt to index a nil value", "src/orders_test.lua:30")));
    FileResult first = new FileResult(orders, cases, null, Duration.ofMillis(60));
    FileResult second =
        new FileResult(
            broken,
            List.of(),
            Failure.of(
                Failure.Kind.FILE,
                "syntax error: unexpected symbol near '='",
                "src/broken_test.lua:3"),
            Duration.ofMillis(1));
    return new RunResult(List.of(first, second), Duration.ofMillis(75));
  }

  /** Feeds a finished run to a streaming reporter, as the runner would have. */
  static void replay(RunResult r, TestListener listener) {
    for (FileResult f : r.files()) {
      listener.fileStarted(f.entry());
      f.cases().forEach(listener::caseFinished);
      listener.fileFinished(f);
    }
  }
}
