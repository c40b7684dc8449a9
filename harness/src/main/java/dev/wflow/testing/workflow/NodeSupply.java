package dev.wflow.testing.workflow;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;

/**
 * The nodes and history replayers the tests of a project get, kept ready from one run to the next
 * while the code under test stays the same ({@code wflow test --watch} after a test file was
 * saved): the first test of a rerun then finds its node started and the replayers warm. A change to
 * a workflow, activity or library (anything but a test entry) or to time skipping makes new ones;
 * the old ones are shut down. Each test still gets a node of its own, so no state passes between
 * tests.
 *
 * <pre>{@code
 * try (NodeSupply supply = new NodeSupply()) {
 *   new WorkflowDriving(project, refusals, supply, true);  // one run
 *   new WorkflowDriving(project2, refusals, supply, true); // the next: warm when the code is alike
 * }
 * }</pre>
 */
public final class NodeSupply implements AutoCloseable {

  /** What a node runs: the project without its test entries, which run in the tests' own state. */
  private record Code(LuaProject codeUnderTest, boolean skipTime) {}

  private Code code;
  private PrefetchedNodes nodes;
  private Replays replays;

  /** Makes the supply serve {@code project}, keeping what it has when the code is the same. */
  synchronized void serve(LuaProject project, boolean skipTime) {
    Code wanted = new Code(codeUnderTest(project), skipTime);
    if (wanted.equals(code)) {
      return;
    }
    release();
    code = wanted;
    nodes = new PrefetchedNodes(() -> ReadyNode.start(project, skipTime));
    replays = new Replays(project);
  }

  synchronized PrefetchedNodes nodes() {
    return nodes;
  }

  synchronized Replays replays() {
    return replays;
  }

  private static LuaProject codeUnderTest(LuaProject project) {
    return new LuaProject(
        project.entries().stream().filter(e -> !isTest(e)).toList(),
        project.taskQueues(),
        project.clients());
  }

  private static boolean isTest(LuaEntry e) {
    return "test".equals(e.meta().get("type"));
  }

  private void release() {
    if (nodes != null) {
      nodes.close();
      replays.close();
    }
    nodes = null;
    replays = null;
    code = null;
  }

  /** Shuts down the nodes started for tests that never came, and the replayers. */
  @Override
  public synchronized void close() {
    release();
  }
}
