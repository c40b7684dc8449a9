package dev.wflow.temporal;

import java.util.Map;

/**
 * What an {@link ActivityHandler} answers for one activity call: a value, or an error with its
 * Wippy kind and retryability.
 *
 * <pre>{@code
 * ActivityAnswer.value(Map.of("id", "pay-1"));
 * ActivityAnswer.error("Unavailable", "smtp down", false);
 * }</pre>
 *
 * @param value the JSON result when {@code error} is null
 * @param error {@code {kind, message, retryable, details}} or null
 */
public record ActivityAnswer(Object value, Map<String, Object> error) {

  public static ActivityAnswer value(Object value) {
    return new ActivityAnswer(value, null);
  }

  public static ActivityAnswer error(String kind, String message, Boolean retryable) {
    java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
    e.put("kind", kind == null ? "" : kind);
    e.put("message", message == null ? "" : message);
    e.put("retryable", retryable);
    e.put("details", null);
    return new ActivityAnswer(null, e);
  }
}
