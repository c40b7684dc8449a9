package dev.wflow.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.engine.TestEngine;
import dev.wflow.testing.engine.TestSuite;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulated node as application code sees it, through {@code wflow test} on our own project
 * ({@code src/test/resources/node}): each test entry there is a regular process that drives
 * workflows with {@code process}, {@code channel}, {@code time} and {@code funcs}, as the
 * platform's own Temporal tests do.
 */
class NodeConformanceTest {

  private static final Map<String, CaseResult> RESULTS = new TreeMap<>();
  private static final Map<String, String> ERRORS = new TreeMap<>();

  @BeforeAll
  static void runProject() throws URISyntaxException {
    Path root =
        Path.of(NodeConformanceTest.class.getResource("/node/wippy.lock").toURI()).getParent();
    TestSuite suite = TestEngine.load(root);
    assertThat(suite.runnable()).as(String.valueOf(suite.definitionProblems())).isTrue();
    RunResult r =
        TestEngine.run(
            suite,
            TestOptions.defaults().withParallel(2),
            new TestListener() {
              @Override
              public void fileFinished(dev.wflow.testing.FileResult f) {
                if (f.error() != null) {
                  synchronized (RESULTS) {
                    ERRORS.put(f.entry().id(), f.error().message() + " at " + f.error().location());
                  }
                }
              }

              @Override
              public void caseFinished(CaseResult c) {
                synchronized (RESULTS) {
                  RESULTS.put(c.entryId(), c);
                }
              }
            },
            line -> {});
    assertThat(r.files()).isNotEmpty();
  }

  private static void passes(String test) {
    CaseResult c = RESULTS.get("node:" + test);
    assertThat(c).as("test node:" + test + " ran; file errors: " + ERRORS).isNotNull();
    assertThat(c.outcome()).as(String.valueOf(c.failure())).isEqualTo(Outcome.PASSED);
  }

  @Test
  void monitorsGetExitWithTheResultOrTheError() {
    passes("monitor_exit");
  }

  @Test
  void linksGetExitOnSuccessAndLinkDownOnFailure() {
    passes("link_exit");
  }

  @Test
  void terminateEndsARunAndItsMonitorHearsAtOnce() {
    passes("terminate");
  }

  @Test
  void messagesGoBothWaysWithTheSender() {
    passes("messages");
  }

  @Test
  void anExplicitRunningIdIsReusedAndWithMessageSignalsWithStart() {
    passes("id_conflicts");
  }

  @Test
  void aStartWithMessagesUnderTheFailPolicyRefusesARunningId() {
    passes("startup_conflicts");
  }

  @Test
  void aWorkflowSignalledByAnotherRunsBeforeTestCodesDeadline() {
    passes("workflow_to_workflow");
  }

  @Test
  void ctxReachesTheWorkflowAndItsActivities() {
    passes("ctx_propagation");
  }

  @Test
  void funcsCallOutsideWorkflowsHasOneBehaviour() {
    passes("funcs_calls");
  }
}
