import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import dev.wflow.temporal.ActivityHandler;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.HistoryReplayer;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.RunStatus;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where one benchmark test's time goes, below the test module: environment start, the run (two
 * mocked activities and a 24h timer, skipped), inspection, the replay check and environment
 * shutdown. Averages over N runs after 3 warm-up runs.
 *
 * <pre>
 * python3 bench/test/generate.py /tmp/wflow-bench 1 1
 * java -cp cli/target/wflow.jar bench/test/TestPhases.java /tmp/wflow-bench 30
 * </pre>
 */
public class TestPhases {
  public static void main(String[] args) throws Exception {
    LuaProject project = LuaProjects.from(Project.load(Path.of(args[0])).project());
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String[] names = {"environment start", "start + result", "elapsed + calls", "replay check", "close"};
    long[] total = new long[names.length];
    try (HistoryReplayer replayer = new HistoryReplayer(project)) {
      for (int i = 0; i < n + 3; i++) {
        long[] t = new long[names.length + 1];
        t[0] = System.nanoTime();
        LocalEnvironment env = LocalEnvironment.start(project, EnvironmentOptions.defaults());
        t[1] = System.nanoTime();
        WorkflowRun run =
            env.start(
                "bench:order_workflow",
                List.of(Map.of("id", "o1", "total", 1)),
                StartOptions.newBuilder()
                    .handler(ActivityHandler.fixed("bench:charge", Map.of("id", "p")))
                    .handler(ActivityHandler.fixed("bench:ship", Map.of("tracking", "t")))
                    .build());
        RunOutcome outcome = run.result(Duration.ofSeconds(30));
        t[2] = System.nanoTime();
        run.elapsed();
        run.calls("bench:charge");
        t[3] = System.nanoTime();
        boolean clean = replayer.replay(run.historyJson(), null, run.workflowId()).clean();
        t[4] = System.nanoTime();
        env.close();
        t[5] = System.nanoTime();
        if (outcome.status() != RunStatus.COMPLETED || !clean) {
          throw new IllegalStateException("run " + i + ": " + outcome + ", replay clean " + clean);
        }
        for (int p = 0; i >= 3 && p < names.length; p++) {
          total[p] += t[p + 1] - t[p];
        }
      }
    }
    for (int p = 0; p < names.length; p++) {
      System.out.printf("%-18s %7.1f ms%n", names[p], total[p] / 1e6 / n);
    }
  }
}
