package dev.wflow.temporal.history;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as runs report it: the Wippy kind ({@code NotFound}, {@code Internal}, … or empty), the
 * message (with the Lua {@code file:line} where there is one), retryability and details.
 */
public record ErrorInfo(String kind, String message, Boolean retryable, Object details) {

  /** {@code {"kind", "message"}}, the shape of {@code wflow run --format json}. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("message", message);
    return m;
  }
}
