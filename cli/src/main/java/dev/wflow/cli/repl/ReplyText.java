package dev.wflow.cli.repl;

import dev.wflow.cli.TerminalText;
import dev.wflow.debug.Breakpoints;
import dev.wflow.debug.CommandCatalog;
import dev.wflow.debug.PendingCall;
import dev.wflow.debug.Reply;
import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.history.RunEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Renders the debugger's replies as text for a terminal or a script's output. */
final class ReplyText {

  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean color;

  ReplyText(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  void render(Reply reply) {
    if (reply instanceof Reply.Problem p) {
      line(paint(RED, "error: ") + safe(p.message()));
    } else if (reply instanceof Reply.Note n) {
      line(safe(n.message()));
    } else if (reply instanceof Reply.Progress p) {
      progress(p);
    } else if (reply instanceof Reply.Clock c) {
      line(
          c.now()
              + "  "
              + paint(
                  DIM,
                  "(+"
                      + GoDuration.format(Duration.ofSeconds(c.elapsedSeconds()))
                      + " since the start)"));
    } else if (reply instanceof Reply.Calls c) {
      calls(c.calls());
    } else if (reply instanceof Reply.Value v) {
      line(v.label() + " = " + json(v.value()));
    } else if (reply instanceof Reply.History h) {
      history(h);
    } else if (reply instanceof Reply.Where w) {
      line(w.waiting().isEmpty() ? "running" : "waits for " + safe(w.waiting()));
      w.stack().forEach(frame -> line(paint(DIM, "  " + safe(frame))));
    } else if (reply instanceof Reply.Locals l) {
      line(paint(DIM, "frame " + l.frame()));
      if (l.values().isEmpty()) {
        line("  (no locals)");
      }
      l.values().forEach((k, v) -> line("  " + paint(CYAN, k) + " = " + json(v)));
    } else if (reply instanceof Reply.BreakList b) {
      if (b.breakpoints().isEmpty()) {
        line("no breakpoints");
      }
      for (Breakpoints.Numbered n : b.breakpoints()) {
        line(n.number() + "  " + n.breakpoint().describe());
      }
    } else if (reply instanceof Reply.Help h) {
      help(h.commands());
    } else if (reply instanceof Reply.Workflows w) {
      line("which workflow? 'start ID [JSON]' with one of: " + String.join(", ", w.ids()));
    }
  }

  private void progress(Reply.Progress p) {
    for (Reply.Issued i : p.issued()) {
      String where = i.where().isEmpty() ? "" : "  " + paint(DIM, "at " + i.where());
      line(
          paint(DIM, String.format("%4d ", i.eventId()))
              + paint(kindColour(i.kind()), i.kind())
              + (i.detail().isEmpty() ? "" : " " + safe(i.detail()))
              + where);
    }
    if (p.hit() != null) {
      line(
          paint(YELLOW, "breakpoint " + p.hit().breakpoint().number())
              + " ("
              + p.hit().breakpoint().breakpoint().describe()
              + ")");
    }
    if (p.divergence() != null) {
      line(paint(RED, "error: ") + safe(p.divergence()));
    }
    standing(p.standing());
  }

  private void standing(Reply.Standing s) {
    RunOutcome o = s.outcome();
    if (o != null) {
      String how =
          o.error() == null
              ? json(o.result())
              : (o.error().kind().isEmpty() ? "" : o.error().kind() + ": ")
                  + safe(o.error().message());
      line(paint(o.error() == null ? GREEN : RED, s.status()) + " " + how);
    } else if (!s.waiting().isEmpty()) {
      line("waits for " + safe(s.waiting()));
    }
    calls(s.pending());
    if (!s.hint().isEmpty()) {
      line(paint(DIM, "next: " + s.hint()));
    }
  }

  private void calls(List<PendingCall> calls) {
    for (PendingCall c : calls) {
      line(
          "  #"
              + c.number()
              + " "
              + paint(BOLD, c.activityId())
              + " "
              + json(c.args())
              + (c.attempt() > 1 ? " (attempt " + c.attempt() + ")" : "")
              + (c.reason().isEmpty() ? "" : paint(DIM, "  " + c.reason())));
    }
  }

  private void history(Reply.History h) {
    if (h.json() != null) {
      out.println(h.json());
      return;
    }
    Instant start = h.events().isEmpty() ? Instant.EPOCH : h.events().get(0).time();
    for (RunEvent e : h.events()) {
      line(
          String.format("%4d ", e.id())
              + paint(
                  DIM,
                  String.format(
                      "%-9s",
                      "+" + GoDuration.format(Duration.between(start, e.time()).withNanos(0))))
              + " "
              + e.type()
              + "  "
              + safe(e.summary())
              + (h.where().containsKey(e.id())
                  ? "  " + paint(DIM, "at " + h.where().get(e.id()))
                  : ""));
    }
  }

  private void help(List<CommandCatalog.Entry> commands) {
    int width = commands.stream().mapToInt(c -> c.usage().length()).max().orElse(0);
    if (commands.size() == 1) {
      CommandCatalog.Entry c = commands.get(0);
      line(paint(BOLD, c.usage()));
      line(
          "  "
              + c.summary()
              + (c.aliases().isEmpty() ? "" : " (also: " + String.join(", ", c.aliases()) + ")"));
      return;
    }
    for (CommandCatalog.Entry c : commands) {
      line(
          paint(BOLD, String.format("%-" + Math.min(width, 28) + "s", c.usage()))
              + "  "
              + c.summary());
    }
  }

  private static String kindColour(String kind) {
    return switch (kind) {
      case "activity", "timer", "child", "signal out" -> CYAN;
      case "completed" -> GREEN;
      case "failed", "terminated", "task failed", "activity failed" -> RED;
      default -> "";
    };
  }

  private static String json(Object v) {
    if (v instanceof Map<?, ?> || v instanceof List<?> || v instanceof String || v == null) {
      return LuaJson.write(v);
    }
    return String.valueOf(v);
  }

  private void line(String text) {
    out.println(text);
  }

  /** Text from the user's workflow or files, with control characters shown as '?'. */
  private static String safe(String text) {
    return TerminalText.printable(text);
  }

  private String paint(String code, String text) {
    return color && !code.isEmpty() ? code + text + RESET : text;
  }
}
