package dev.wflow.testing.workflow;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.history.HistoryReplayer;
import dev.wflow.temporal.history.ReplayReport;

/**
 * The determinism check: replays a finished run's history against the same code. One replayer per
 * check at a time is kept for the whole run, since starting one costs a Temporal test environment.
 */
final class Replays implements AutoCloseable {

  private final LuaProject project;

  /** Replayers not in use; a check takes one (or starts one) and puts it back. */
  private final java.util.Queue<HistoryReplayer> idle =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final java.util.Set<HistoryReplayer> all =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  Replays(LuaProject project) {
    this.project = project;
  }

  /**
   * Stops every replayer's test environment once the run is over, in the background like test
   * environments: shutting one down is mostly waiting.
   */
  @Override
  public void close() {
    for (HistoryReplayer r : all) {
      Thread t = new Thread(r::close, "wflow-replayer-close");
      t.setDaemon(true);
      t.start();
    }
    all.clear();
    idle.clear();
  }

  private HistoryReplayer take() {
    HistoryReplayer r = idle.poll();
    if (r == null) {
      r = new HistoryReplayer(project);
      all.add(r);
    }
    return r;
  }

  /** Why the replay diverged (event, Lua line, Temporal's words), or null when it is clean. */
  String divergence(String historyJson, String workflowId) {
    HistoryReplayer replayer = take();
    ReplayReport report;
    try {
      report = replayer.replay(historyJson, null, workflowId);
    } finally {
      idle.add(replayer);
    }
    if (report.clean()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    if (report.eventId() > 0) {
      b.append("at history event ").append(report.eventId());
    }
    if (report.where() != null) {
      b.append(b.length() > 0 ? " " : "").append("(").append(report.where()).append(")");
    }
    if (report.message() != null) {
      b.append(b.length() > 0 ? ": " : "").append(explain(report.message()));
    }
    return b.toString();
  }

  private static final java.util.regex.Pattern MISMATCH =
      java.util.regex.Pattern.compile(
          "Command (\\w+) doesn't match event (\\w+).*?on check (\\w+) with an expected value"
              + " '(?:name: )?\"?([^'\"]*)\"?\\s*' and an actual value '(?:name: )?\"?([^'\"]*)\"?\\s*'",
          java.util.regex.Pattern.DOTALL);

  /**
   * Temporal's text wraps the one useful sentence in a query failure and a stack trace; keep the
   * sentence, and say it in the workflow's terms when it is a command mismatch.
   */
  static String explain(String message) {
    java.util.regex.Matcher m = MISMATCH.matcher(message);
    if (m.find()) {
      return "the history has "
          + m.group(3)
          + " "
          + m.group(4).strip()
          + " there, the code now issues "
          + m.group(5).strip()
          + " ("
          + m.group(1)
          + " against "
          + m.group(2)
          + ")";
    }
    String text = message;
    int nde = text.lastIndexOf("NonDeterministicException: ");
    if (nde >= 0) {
      text = text.substring(nde + "NonDeterministicException: ".length());
    }
    int trace = text.indexOf("\n\tat ");
    if (trace >= 0) {
      text = text.substring(0, trace);
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
