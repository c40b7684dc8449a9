package dev.wflow.cli.cluster;

import dev.wflow.cli.JsonText;
import dev.wflow.temporal.TaskEvent;
import dev.wflow.temporal.TaskTally;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code wflow worker} prints: a status line (redrawn in place on a terminal), one line per
 * task with {@code -v}, or one JSON object per line with {@code --format json}.
 */
final class WorkerReport {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintWriter out;
  private final boolean json;
  private final boolean perTask;
  private final boolean redraw;
  private TaskTally.Counts shown;
  private boolean statusOnScreen;

  /**
   * @param json one JSON object per line
   * @param perTask a line for every task ({@code -v}); JSON always has them
   * @param redraw the status line may be redrawn in place (stdout is a terminal)
   */
  WorkerReport(PrintWriter out, boolean json, boolean perTask, boolean redraw) {
    this.out = out;
    this.json = json;
    this.perTask = perTask || json;
    this.redraw = redraw && !json;
  }

  synchronized void serving(
      String connection, Map<String, String> queues, int workflows, int activities) {
    if (json) {
      Map<String, Object> e = event("serving");
      e.put("connection", connection);
      e.put("queues", queues);
      e.put("workflows", workflows);
      e.put("activities", activities);
      out.println(JsonText.line(e));
    } else {
      out.println(
          "Serving "
              + workflows
              + " workflow"
              + (workflows == 1 ? "" : "s")
              + " and "
              + activities
              + " activit"
              + (activities == 1 ? "y" : "ies")
              + " on "
              + connection);
      queues.forEach((worker, queue) -> out.println("  " + worker + "  task queue " + queue));
      out.println("Ctrl-C or SIGTERM stops it gracefully.");
    }
    out.flush();
  }

  synchronized void unreachable(String connection, String reason, long retryInSeconds) {
    if (json) {
      Map<String, Object> e = event("unreachable");
      e.put("connection", connection);
      e.put("reason", reason);
      e.put("retryInSeconds", retryInSeconds);
      out.println(JsonText.line(e));
    } else {
      clearStatus();
      out.println(
          "cannot reach " + connection + ": " + reason + "; retrying in " + retryInSeconds + "s");
    }
    out.flush();
  }

  synchronized void reconnected(String connection) {
    if (json) {
      Map<String, Object> e = event("reachable");
      e.put("connection", connection);
      out.println(JsonText.line(e));
    } else {
      clearStatus();
      out.println("reached " + connection + " again");
    }
    out.flush();
  }

  synchronized void task(TaskEvent t) {
    if (!perTask) {
      return;
    }
    if (json) {
      Map<String, Object> e = event("task");
      e.put("kind", t.kind().name().toLowerCase());
      e.put("phase", t.phase().name().toLowerCase());
      e.put("type", t.type());
      e.put("workflowId", t.workflowId());
      e.put("taskQueue", t.taskQueue());
      e.put("attempt", t.attempt());
      e.put("tookMs", t.took().toMillis());
      e.put("failure", t.failure());
      out.println(JsonText.line(e));
    } else {
      clearStatus();
      StringBuilder line =
          new StringBuilder(LocalTime.now().format(CLOCK))
              .append(' ')
              .append(t.kind() == TaskEvent.Kind.WORKFLOW ? "workflow " : "activity ")
              .append(t.type())
              .append(" (")
              .append(t.workflowId())
              .append(t.attempt() > 1 ? ", attempt " + t.attempt() : "")
              .append(") ")
              .append(t.phase().name().toLowerCase());
      if (t.phase() != TaskEvent.Phase.STARTED) {
        line.append(" in ").append(t.took().toMillis()).append(" ms");
      }
      if (t.failure() != null) {
        line.append(": ").append(t.failure());
      }
      out.println(line);
    }
    out.flush();
  }

  /** Shows the counts if they changed (always, when {@code force}). */
  synchronized void status(TaskTally.Counts counts, boolean force) {
    if (json || (!force && counts.equals(shown))) {
      return;
    }
    shown = counts;
    String line = statusLine(counts);
    if (redraw) {
      out.print("\r\033[2K" + line);
      statusOnScreen = true;
    } else {
      out.println(line);
    }
    out.flush();
  }

  synchronized void stopping(String signal, long graceSeconds, long running) {
    if (json) {
      Map<String, Object> e = event("stopping");
      e.put("signal", signal);
      e.put("graceSeconds", graceSeconds);
      e.put("running", running);
      out.println(JsonText.line(e));
    } else {
      clearStatus();
      out.println(
          signal
              + ": stopping; "
              + (running == 0
                  ? "nothing in flight"
                  : "waiting up to " + graceSeconds + "s for " + running + " task(s) in flight"));
    }
    out.flush();
  }

  synchronized void stopped(TaskTally.Counts counts, boolean finished) {
    if (json) {
      Map<String, Object> e = event("stopped");
      e.put("finished", finished);
      e.put("workflows", tally(counts.workflows()));
      e.put("activities", tally(counts.activities()));
      out.println(JsonText.line(e));
    } else {
      clearStatus();
      out.println(statusLine(counts));
      out.println(
          finished
              ? "stopped"
              : "stopped; tasks still running were handed back to the server for another worker");
    }
    out.flush();
  }

  private static String statusLine(TaskTally.Counts c) {
    return "workflows: " + counts(c.workflows()) + "  activities: " + counts(c.activities());
  }

  private static String counts(TaskTally.Tally t) {
    return t.started() + " started, " + t.completed() + " completed, " + t.failed() + " failed";
  }

  private static Map<String, Object> tally(TaskTally.Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("started", t.started());
    m.put("completed", t.completed());
    m.put("failed", t.failed());
    return m;
  }

  private void clearStatus() {
    if (statusOnScreen) {
      out.print("\r\033[2K");
      statusOnScreen = false;
      shown = null;
    }
  }

  private static Map<String, Object> event(String name) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", name);
    return e;
  }
}
