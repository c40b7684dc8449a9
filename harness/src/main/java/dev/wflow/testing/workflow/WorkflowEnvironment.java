package dev.wflow.testing.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow side of one test (DESIGN.md §6): an in-memory Temporal environment with virtual
 * time, shared by every run the test starts. The {@code test} module drives it; the runtime
 * implements it.
 */
public interface WorkflowEnvironment extends AutoCloseable {

  /** Where {@code print} in this environment's workflows and activities goes from now on. */
  default void printTo(java.util.function.Consumer<String> sink) {}

  /**
   * What {@code test.workflow(id):mock(…):with_options{…}:start(…)} asks for.
   *
   * @param workflowId the workflow entry ID
   * @param args start arguments (JSON values)
   * @param options start options ({@code workflow.id}, timeouts, …)
   * @param mocks activity entry ID to its mock, for this run and its children
   */
  record StartRequest(
      String workflowId,
      List<Object> args,
      Map<String, Object> options,
      Map<String, ActivityMock> mocks) {}

  /** Starts a workflow run; returns at once. */
  TestRun start(StartRequest request);

  /**
   * The emulated node the environment's workflows run on, where test code is a regular process;
   * null for an environment without one (test doubles).
   */
  dev.wflow.node.Node node();

  /** The run a pid (of a run test code started, or a child's) stands for. */
  Optional<TestRun> runOf(String pid);

  /** Moves the virtual clock forward (time skipping). */
  void sleep(Duration duration);

  /** Whole seconds the virtual clock advanced since the environment started. */
  long virtualSeconds();

  /** Every run started in this environment, children included, in start order. */
  List<TestRun> runs();

  /**
   * One line for each topic a run left messages unread on when it ended (a mistyped signal topic),
   * for the test report's warnings; none by default.
   */
  default List<String> unreadMessages() {
    return List.of();
  }

  @Override
  void close();
}
