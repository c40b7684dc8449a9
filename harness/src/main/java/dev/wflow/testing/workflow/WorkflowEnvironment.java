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
   * {@code process.spawn(id, worker, …)} from test code: starts a run and returns its pid.
   *
   * @param options start options from {@code process.with_options{…}}/{@code with_name}
   * @throws IllegalArgumentException when {@code workflowId} is not a workflow entry
   */
  String spawn(String workflowId, String worker, List<Object> args, Map<String, Object> options);

  /** The run a pid from {@link #spawn} (or a child's pid) stands for. */
  Optional<TestRun> runOf(String pid);

  /** {@code process.send(pid, topic, data)} from test code: a signal. */
  void send(String pid, String topic, Object data);

  /** {@code funcs.call(id, …)} from test code: runs a {@code function.lua} entry directly. */
  ActivityMock.Answer callFunction(String entryId, List<Object> args);

  /** The same with {@code context} as what the function's {@code ctx} reads. */
  default ActivityMock.Answer callFunction(
      String entryId, List<Object> args, java.util.Map<String, Object> context) {
    return callFunction(entryId, args);
  }

  /** Moves the virtual clock forward (time skipping). */
  void sleep(Duration duration);

  /** Whole seconds the virtual clock advanced since the environment started. */
  long virtualSeconds();

  /** Every run started in this environment, children included, in start order. */
  List<TestRun> runs();

  @Override
  void close();
}
