package dev.wflow.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to reproduce one workflow run of a failed test outside the test: replay its saved history,
 * and start the workflow again with the same input, fixed mocks and signals. A value: front ends
 * render it (the CLI as {@code wflow replay …} / {@code wflow run …} command lines, a debugger as a
 * session to load).
 *
 * <pre>{@code
 * Reproduction r = failure.reproduction();
 * if (r.history() != null) {
 *   replay(r.history(), r.workflowEntryId());
 * }
 * if (r.start() != null) {
 *   start(r.workflowEntryId(), r.start().args(), r.start().fixedMocks(), r.start().signals());
 * }
 * }</pre>
 *
 * @param workflowEntryId the workflow entry the run executed ({@code app:order_workflow})
 * @param history the run's history as saved (Temporal JSON), or null when it could not be saved
 * @param historyProblem why the history was not saved, or null
 * @param start how the test started the run, or null for a run it did not start itself (a child)
 */
public record Reproduction(
    String workflowEntryId, Path history, String historyProblem, Start start) {

  /**
   * A start as the test made it.
   *
   * @param args the start arguments (JSON values)
   * @param fixedMocks activity ID to the fixed value its mock returned
   * @param signals the signals the test sent, with the run's virtual time when it sent each
   * @param functionMocksLeftOut true when some mocks were Lua functions, which only a test can give
   */
  public record Start(
      List<Object> args,
      Map<String, Object> fixedMocks,
      List<TimedSignal> signals,
      boolean functionMocksLeftOut) {

    public Start {
      // JSON values may be null, which List.copyOf/Map.copyOf refuse; mocks keep their order.
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
      fixedMocks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixedMocks));
      signals = List.copyOf(signals);
    }
  }

  /** A signal sent {@code atSeconds} of virtual time after the run started. */
  public record TimedSignal(long atSeconds, String topic, Object payload) {}
}
