package dev.wflow.node;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulated node as application code sees it, through {@code wflow test} on our own project
 * ({@code src/test/resources/node}): each test entry there is a regular process that drives
 * workflows with {@code process}, {@code channel}, {@code time} and {@code funcs}, as the
 * platform's own Temporal tests do.
 */
class NodeConformanceTest {

  private static FixtureProject project;

  @BeforeAll
  static void runProject() {
    project = FixtureProject.run("node");
  }

  private static void passes(String test) {
    project.passes(test);
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

  @Test
  void messagesOfOneWorkflowTaskAreHandledInTheOrderTheyCame() {
    passes("message_batch");
  }

  @Test
  void actorsAndScopesReachFunctionsProcessesWorkflowsAndActivities() {
    passes("security");
  }

  @Test
  void aWorkflowCancellingAMissingRunGetsNotFound() {
    passes("cancel_missing");
  }

  @Test
  void virtualTimeWaitsForAProcessThatIsSlowInRealTime() {
    passes("busy_clock");
  }

  @Test
  void withNameRegistersAPlainProcessAndASecondSpawnSignalsIt() {
    passes("named_process");
  }
}
