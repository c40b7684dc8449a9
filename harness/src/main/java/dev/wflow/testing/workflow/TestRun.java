package dev.wflow.testing.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** One workflow run as a test drives and inspects it ({@code run:*} in Lua). */
public interface TestRun {

  /** How a run ended: a value, or an error (kind, message). */
  record Outcome(Object value, ActivityMock.MockError error) {}

  /** One activity call the run made: its arguments and what it returned. */
  record Call(String activity, List<Object> args, Object result, ActivityMock.MockError error) {}

  String workflowId();

  /** The run's pid ({@code process.pid()} inside it). */
  String pid();

  /** Completes when the run ends; waiting for it lets virtual time skip. */
  CompletableFuture<Outcome> result();

  /** Advances virtual time by {@code d} while the run keeps running. */
  void sleep(Duration d);

  void signal(String topic, Object data);

  /** A Temporal update: completes with the workflow's answer or its rejection. */
  CompletableFuture<Outcome> update(String name, List<Object> args);

  /** {@code state} or {@code pid}, the only queries a Lua workflow answers. */
  Object query(String name);

  void cancel();

  /** {@code running}, {@code completed}, {@code failed}, {@code canceled}, {@code terminated}, … */
  String status();

  List<Call> calls(String activity);

  /** History events as JSON values ({@code eventId}, {@code eventType}, attributes). */
  List<Map<String, Object>> history();

  /** Short one-line descriptions of the history's events, oldest first. */
  List<String> historyLines();

  List<TestRun> children();

  /** {@code {search = {…}, memo = {…}}} as last upserted. */
  Map<String, Object> attrs();

  /** Whole virtual seconds from start to completion (or to now while running). */
  long elapsedSeconds();

  /** The history in Temporal's JSON form, for replay and {@code --history-dir}. */
  String historyJson();

  /** True once the run completed successfully (only those are replayed). */
  boolean completed();

  /** Why replaying this run's history against the same code diverged, or null if it did not. */
  String replayDivergence();
}
