package dev.wflow.temporal.activity;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.WippyError;
import dev.wflow.temporal.workflow.FailureMapping;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import io.temporal.activity.DynamicActivity;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.common.converter.EncodedValues;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one Temporal activity implementation: answers a call with, in order, (a) the handlers of the
 * run that issued it, (b) the environment's handlers, (c) the project's {@code function.lua}/{@code
 * process.lua} entry of that ID in its own Lua environment, else (d) a retryable {@code NotFound}
 * failure, which the workflow gets as {@code nil, err} once its retry policy gives up. Each such
 * failure is also reported to {@code onMissing}, which may stop a run that would retry forever. A
 * handler may answer later ({@link ActivityAnswer#later}): the call then stays running until its
 * answer comes.
 *
 * <pre>{@code
 * worker.registerActivitiesImplementations(new ActivityDispatcher(project, handlers,
 *     (info, message) -> {}, log, client::newActivityCompletionClient));
 * }</pre>
 */
public final class ActivityDispatcher implements DynamicActivity {

  private final LuaProject project;
  private final List<ActivityHandler> handlers;
  private final Map<String, List<ActivityHandler>> runHandlers = new ConcurrentHashMap<>();
  private final BiConsumer<ActivityInfo, String> onMissing;
  private final LuaActivityRunner runner;
  private final Supplier<ActivityCompletionClient> completions;
  private final Map<String, AtomicInteger> deferred = new ConcurrentHashMap<>();

  /**
   * @param completions the client that completes {@link ActivityAnswer#later} answers
   */
  public ActivityDispatcher(
      LuaProject project,
      List<ActivityHandler> handlers,
      BiConsumer<ActivityInfo, String> onMissing,
      java.util.function.Consumer<String> log,
      Supplier<ActivityCompletionClient> completions) {
    this.project = project;
    this.handlers = List.copyOf(handlers);
    this.onMissing = onMissing;
    this.runner = new LuaActivityRunner(project, log);
    this.completions = completions;
  }

  /** How many activity calls of a run (and its children) wait for a later answer right now. */
  public int deferredCalls(String rootWorkflowId) {
    AtomicInteger n = deferred.get(rootWorkflowId);
    return n == null ? 0 : n.get();
  }

  /**
   * Handlers for the activities of one run and its children ({@code workflowId/…}).
   *
   * @return the handlers this replaces (null for none), to put back when the start fails
   */
  public List<ActivityHandler> handlersForRun(String workflowId, List<ActivityHandler> forRun) {
    return forRun == null
        ? runHandlers.remove(workflowId)
        : runHandlers.put(workflowId, List.copyOf(forRun));
  }

  @Override
  public Object execute(EncodedValues args) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    String type = info.getActivityType();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < args.getSize(); i++) {
      values.add(args.get(i, Object.class));
    }
    String root = rootWorkflowId(info.getWorkflowId());
    for (ActivityHandler h : chain(root)) {
      ActivityAnswer answer = h.handle(type, values);
      if (answer != null && answer.deferred()) {
        return completeLater(root, answer.later());
      }
      if (answer != null) {
        return finish(answer);
      }
    }
    LuaEntry entry = project.entry(type).filter(LuaEntry::isActivity).orElse(null);
    if (entry != null) {
      return runner.run(entry, values, info.getStartToCloseTimeout());
    }
    String message =
        "activity "
            + type
            + " not found: no mock answers it and the project has no function.lua entry with"
            + " meta.temporal.activity of that ID";
    onMissing.accept(info, message);
    throw FailureMapping.toFailure(WippyError.of("NotFound", message, true, null));
  }

  private List<ActivityHandler> chain(String rootWorkflowId) {
    List<ActivityHandler> chain =
        new ArrayList<>(runHandlers.getOrDefault(rootWorkflowId, List.of()));
    chain.addAll(handlers);
    return chain;
  }

  public static String rootWorkflowId(String workflowId) {
    int slash = workflowId.indexOf('/');
    return slash < 0 ? workflowId : workflowId.substring(0, slash);
  }

  /**
   * Returns from the activity without completing it; the stage's answer completes it through the
   * completion client, from whatever thread completes the stage.
   */
  private Object completeLater(String root, CompletionStage<ActivityAnswer> later) {
    var context = Activity.getExecutionContext();
    byte[] token = context.getTaskToken();
    context.doNotCompleteOnReturn();
    AtomicInteger waiting = deferred.computeIfAbsent(root, k -> new AtomicInteger());
    waiting.incrementAndGet();
    later.whenComplete(
        (answer, thrown) -> {
          ActivityCompletionClient client = completions.get();
          try {
            if (thrown != null || answer == null || answer.deferred()) {
              String why = thrown != null ? String.valueOf(thrown.getMessage()) : "no answer";
              client.completeExceptionally(
                  token, FailureMapping.toFailure(WippyError.of("Internal", why, false, null)));
            } else if (answer.error() == null) {
              client.complete(token, answer.value());
            } else {
              client.completeExceptionally(
                  token, FailureMapping.toFailure(WippyError.fromJava(answer.error())));
            }
          } catch (RuntimeException e) {
            // The run closed (or timed the activity out) before the answer came: nothing waits.
          } finally {
            waiting.decrementAndGet();
          }
        });
    return null;
  }

  private static Object finish(ActivityAnswer answer) {
    if (answer.error() == null) {
      return answer.value();
    }
    ApplicationFailure failure = FailureMapping.toFailure(WippyError.fromJava(answer.error()));
    throw failure;
  }
}
