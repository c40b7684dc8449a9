package dev.wflow.node;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code process.lua} entries as regular processes of the node, through {@code wflow test} on our
 * own project ({@code src/test/resources/procs}): test code spawns and execs them, and each runs
 * its method on a thread of its own with its inbox, topics, events, links, monitors, registry names
 * and ctx, in virtual time.
 */
class ProcessEntriesTest {

  private static FixtureProject project;

  @BeforeAll
  static void runProject() {
    project = FixtureProject.run("procs");
  }

  @Test
  void spawnAndExecRunTheMethodAndItsReturnIsTheExit() {
    project.passes("spawn_and_exec");
  }

  @Test
  void messagesGoBothWaysBetweenProcessesAndWithWorkflows() {
    project.passes("messages_both_ways");
  }

  @Test
  void aListenedTopicTakesItsMessagesAndTheInboxTheRest() {
    project.passes("inbox_and_listen");
  }

  @Test
  void monitorsGetExitAndUnmonitoredProcessesStayQuiet() {
    project.passes("monitors");
  }

  @Test
  void aFailedLinkIsLinkDownWithTrapLinksAndDeathWithout() {
    project.passes("links");
  }

  @Test
  void terminateEndsTheProcessWithAnError() {
    project.passes("terminate");
  }

  @Test
  void cancelDeliversTheEventWithItsSenderAndReason() {
    project.passes("cancel");
  }

  @Test
  void registryNamesResolveForSendsAndAreReleasedOnExit() {
    project.passes("registry");
  }

  @Test
  void ctxReachesTheProcessAndWhatItCallsAndStarts() {
    project.passes("ctx_propagation");
  }

  @Test
  void aProcessSleepsInVirtualTime() {
    project.passes("virtual_time");
  }
}
