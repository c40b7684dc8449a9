package dev.wflow.temporal.history;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wflow.runtime.LuaJson;
import io.temporal.common.WorkflowExecutionHistory;

/**
 * Reads the text of a Temporal JSON history ({@code temporal workflow show -o json}, with or
 * without its payload shorthand, {@code wflow run --history}) and says precisely what is wrong with
 * one that is not: empty, not JSON (with the position), JSON of another shape, or a history that
 * does not begin with its workflow's start.
 *
 * <pre>{@code
 * WorkflowExecutionHistory h = HistoryText.parse(Files.readString(file));
 * // or HistoryFormatException: e.describe("h.json") is "h.json:3:7: not JSON: ..."
 * }</pre>
 */
public final class HistoryText {

  private static final String EXPECTED =
      "expected a Temporal JSON history: an object with an \"events\" list, as"
          + " 'temporal workflow show -o json' or 'wflow run --history' write";

  private HistoryText() {}

  /**
   * @throws HistoryFormatException when the text is not a usable history
   */
  public static WorkflowExecutionHistory parse(String text) {
    if (text == null || text.isBlank()) {
      throw new HistoryFormatException("empty file; " + EXPECTED, 0, 0, null);
    }
    JsonNode root;
    try {
      root = LuaJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new HistoryFormatException(
          "not JSON: " + LuaJson.syntaxProblem(e),
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          e);
    }
    JsonNode events = root.isObject() ? root.get("events") : null;
    if (events == null || !events.isArray()) {
      throw new HistoryFormatException(EXPECTED, 1, 1, null);
    }
    if (events.isEmpty()) {
      throw new HistoryFormatException("the history has no events", 1, 1, null);
    }
    String firstType = events.get(0).path("eventType").asText("");
    // Temporal writes EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, older CLIs WorkflowExecutionStarted.
    String normalized = firstType.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    if (!normalized.endsWith("workflowexecutionstarted") && !firstType.equals("1")) {
      throw new HistoryFormatException(
          "the first event is "
              + (firstType.isEmpty() ? "of no type" : firstType)
              + ", not WorkflowExecutionStarted: a history must be complete from its start",
          0,
          0,
          null);
    }
    checkContiguous(events);
    String plain = PayloadShorthand.expand(events) ? root.toString() : text;
    try {
      return WorkflowExecutionHistory.fromJson(plain);
    } catch (RuntimeException e) {
      throw new HistoryFormatException(
          "not a Temporal JSON history: " + readable(e) + "; " + EXPECTED, 0, 0, e);
    }
  }

  /**
   * Temporal numbers events 1, 2, 3…; a history with one missing (hand-edited, or cut from the
   * middle) makes the SDK's replayer fail deep inside its state machines with a stack trace, so it
   * is refused here with the two event IDs that do not follow each other.
   */
  private static void checkContiguous(JsonNode events) {
    long expected = 1;
    for (JsonNode event : events) {
      JsonNode id = event.get("eventId");
      if (id == null) {
        return; // older exports without IDs: the SDK numbers them itself
      }
      long actual = id.asLong(-1);
      if (actual != expected) {
        throw new HistoryFormatException(
            (expected == 1
                    ? "the first event has ID " + id.asText() + ", not 1"
                    : "event " + (expected - 1) + " is followed by event " + id.asText())
                + ": the history has a gap or is out of order (events must be numbered 1, 2,"
                + " 3… as Temporal recorded them)",
            0,
            0,
            null);
      }
      expected++;
    }
  }

  private static String readable(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
