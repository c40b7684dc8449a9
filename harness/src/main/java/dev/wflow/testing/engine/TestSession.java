package dev.wflow.testing.engine;

import dev.wflow.testing.RunResult;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestProject;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.workflow.NodeSupply;
import java.util.function.Consumer;

/**
 * Test runs that follow one another in one process ({@code wflow test --watch}): what is costly to
 * start (each test's node, the history replayers) is kept ready from one run to the next while the
 * code under test stays the same. Every test still gets a node of its own.
 *
 * <pre>{@code
 * try (TestSession session = TestEngine.session()) {
 *   RunResult first = session.run(TestEngine.load(dir), options, listener, line -> {});
 *   // a test file is saved
 *   RunResult second = session.run(TestEngine.load(dir), options, listener, line -> {});
 * }
 * }</pre>
 */
public final class TestSession implements AutoCloseable {

  private final NodeSupply nodes = new NodeSupply();

  TestSession() {}

  /**
   * Runs the suite's tests selected by {@code options}.
   *
   * @param printer where {@code print} of test code and workflows goes
   * @throws IllegalStateException when the suite is not {@link TestSuite#runnable()}
   */
  public RunResult run(
      TestSuite suite, TestOptions options, TestListener listener, Consumer<String> printer) {
    if (!suite.runnable()) {
      throw new IllegalStateException("the suite at " + suite.root() + " cannot run");
    }
    TestProject project = suite.project();
    TestRunner runner =
        new TestRunner(
            new RuntimeLuaStates(project.lua(), printer),
            options,
            TestEngine.driving(suite, nodes, options));
    return runner.run(project.tests(), listener).withLoadErrors(suite.loadErrors());
  }

  /** Shuts down what was kept ready. */
  @Override
  public void close() {
    nodes.close();
  }
}
