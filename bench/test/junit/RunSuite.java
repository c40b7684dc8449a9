package bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs {@link OrderWorkflowTest} on the JUnit Platform, as an IDE or Surefire would, and prints one
 * line: tests found, passed and failed (with the first failure). The process is what the bench
 * times, so no Maven start-up is counted.
 */
public final class RunSuite {

  private RunSuite() {}

  public static void main(String[] args) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(OrderWorkflowTest.class))
            .build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    System.out.printf(
        "%d tests, %d passed, %d failed%n",
        summary.getTestsFoundCount(),
        summary.getTestsSucceededCount(),
        summary.getTestsFailedCount());
    summary.getFailures().stream()
        .findFirst()
        .ifPresent(f -> System.out.println("first failure: " + f.getException()));
    System.exit(summary.getTotalFailureCount() == 0 ? 0 : 1);
  }
}
