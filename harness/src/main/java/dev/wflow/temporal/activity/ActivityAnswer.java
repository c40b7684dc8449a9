package dev.wflow.temporal.activity;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * What an {@link ActivityHandler} answers for one activity call: a value, an error with its Wippy
 * kind and retryability, or an answer that comes later (Temporal's asynchronous activity
 * completion: the activity stays running, and the workflow waits, until the stage completes).
 *
 * <pre>{@code
 * ActivityAnswer.value(Map.of("id", "pay-1"));
 * ActivityAnswer.error("Unavailable", "smtp down", false);
 *
 * CompletableFuture<ActivityAnswer> byHand = new CompletableFuture<>();
 * ActivityHandler debugger = (type, args) -> ActivityAnswer.later(byHand);
 * // ... the user types `complete {"id":"pay-1"}` in the REPL:
 * byHand.complete(ActivityAnswer.value(Map.of("id", "pay-1")));
 * }</pre>
 *
 * @param value the JSON result when {@code error} and {@code later} are null
 * @param error {@code {kind, message, retryable, details}} or null
 * @param later when not null, the answer is whatever this stage completes with (a stage that
 *     completes exceptionally fails the activity with kind {@code Internal})
 */
public record ActivityAnswer(
    Object value, Map<String, Object> error, CompletionStage<ActivityAnswer> later) {

  public static ActivityAnswer value(Object value) {
    return new ActivityAnswer(value, null, null);
  }

  public static ActivityAnswer error(String kind, String message, Boolean retryable) {
    java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
    e.put("kind", kind == null ? "" : kind);
    e.put("message", message == null ? "" : message);
    e.put("retryable", retryable);
    e.put("details", null);
    return new ActivityAnswer(null, e, null);
  }

  /** An answer given later, from any thread, by completing {@code answer}. */
  public static ActivityAnswer later(CompletionStage<ActivityAnswer> answer) {
    return new ActivityAnswer(null, null, Objects.requireNonNull(answer));
  }

  /** True for {@link #later} answers. */
  public boolean deferred() {
    return later != null;
  }
}
