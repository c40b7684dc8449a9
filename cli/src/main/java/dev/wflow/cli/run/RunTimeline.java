package dev.wflow.cli.run;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.history.RunEvent;
import dev.wflow.temporal.history.RunStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The text rendering of a run: an event timeline with virtual offsets, then the outcome. */
final class RunTimeline {

  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean color;

  RunTimeline(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  void render(String entryId, String workflowId, List<RunEvent> events, RunOutcome outcome) {
    out.println(paint(BOLD, entryId) + "  " + paint(DIM, workflowId));
    Instant start = events.isEmpty() ? Instant.EPOCH : events.get(0).time();
    List<String> offsets =
        events.stream()
            .map(e -> "+" + GoDuration.format(Duration.between(start, e.time()).withNanos(0)))
            .toList();
    // Offsets grow with the run (a run parked until its 10-year timeout shows +87600h0m0s).
    int width = Math.max(10, offsets.stream().mapToInt(String::length).max().orElse(0));
    for (int i = 0; i < events.size(); i++) {
      RunEvent e = events.get(i);
      out.printf("  %-" + width + "s %-36s %s%n", offsets.get(i), e.type(), shorten(e.summary()));
    }
    out.println();
    String elapsed = GoDuration.format(Duration.ofSeconds(outcome.elapsedSeconds()));
    String status = outcome.status().label();
    boolean ok = outcome.status() == RunStatus.COMPLETED;
    out.println(
        paint(ok ? GREEN : RED, status)
            + " after "
            + elapsed
            + " of workflow time, "
            + outcome.historyLength()
            + " history events, "
            + outcome.activities().size()
            + (outcome.activities().size() == 1 ? " activity call" : " activity calls"));
    if (ok || outcome.result() != null) {
      out.println("result: " + LuaJson.write(outcome.result()));
    } else if (outcome.error() != null) {
      String kind =
          outcome.error().kind() == null || outcome.error().kind().isEmpty()
              ? ""
              : outcome.error().kind() + ": ";
      out.println("error: " + kind + outcome.error().message());
    }
  }

  private static String shorten(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
