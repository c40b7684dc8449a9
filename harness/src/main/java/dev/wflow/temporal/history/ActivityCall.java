package dev.wflow.temporal.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded activity call of a run, read from its history.
 *
 * @param id the activity type (the entry ID)
 * @param args the arguments, one per payload
 * @param result the value when it completed
 * @param error the failure when it failed, timed out or was canceled; null otherwise
 * @param attempts attempts made (retries included)
 * @param eventId the ActivityTaskScheduled event
 */
public record ActivityCall(
    String id, List<Object> args, Object result, ErrorInfo error, int attempts, long eventId) {

  /** {@code {"id", "args", "result"}} (plus {@code "error"} when it failed). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("args", args);
    m.put("result", result);
    if (error != null) {
      m.put("error", error.toJson());
    }
    return m;
  }
}
