package dev.wflow.cli.test;

import dev.wflow.cli.TerminalText;
import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestWarning;
import dev.wflow.testing.lua.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The default {@code wflow test} output: one line per test as it finishes (status, name, wall time,
 * virtual time) and a {@code WARN} line for what the platform would silently do differently from
 * what the file seems to expect, then every failure in detail (message, {@code file:line}, diff,
 * history tail, commands to reproduce), then {@code N passed, N failed, N skipped in 1.31s} alone
 * on the last line (with the deselected count when patterns left tests out).
 */
public final class TextReport implements TestListener {

  private final PrintWriter out;
  private final boolean color;
  private final List<String[]> failures = new ArrayList<>();

  private final ReproductionText reproduction;

  public TextReport(PrintWriter out, boolean color) {
    this(out, color, ReproductionText.HERE);
  }

  /**
   * A report whose reproduce commands name {@code project} when it is not the working directory.
   */
  public static TextReport forProject(PrintWriter out, boolean color, java.nio.file.Path project) {
    return new TextReport(out, color, ReproductionText.forProject(project));
  }

  /** Longest message line shown, and most lines of one message. */
  private static final int WIDTH = 400;

  private static final int MAX_MESSAGE_LINES = 100;

  TextReport(PrintWriter out, boolean color, ReproductionText reproduction) {
    this.out = out;
    this.color = color;
    this.reproduction = reproduction;
  }

  @Override
  public void caseFinished(CaseResult r) {
    StringBuilder line = new StringBuilder();
    line.append(status(r.outcome())).append("  ").append(r.entryId()).append("  ");
    line.append(TerminalText.printable(r.fullName()));
    if (r.outcome() != Outcome.SKIPPED) {
      line.append("  ").append(wall(r.wall()));
      line.append(" (virtual ").append(DurationText.of(Duration.ofSeconds(r.virtualSeconds())));
      line.append(')');
    }
    out.println(line);
    if (r.failure() != null) {
      failures.add(
          new String[] {
            r.entryId() + "  " + TerminalText.printable(r.fullName()),
            detail(r.failure()) + printed(r.output())
          });
    }
    out.flush();
  }

  @Override
  public void fileFinished(FileResult f) {
    for (TestWarning w : f.warnings()) {
      out.println(
          paint("WARN", 33)
              + "  "
              + f.entry().id()
              + "  "
              + (w.location() == null ? f.entry().file() : w.location())
              + ": "
              + TerminalText.printable(w.message()));
    }
    if (f.error() != null) {
      out.println(
          paint("ERROR", 31)
              + "  "
              + f.entry().id()
              + "  (test file)  "
              + TerminalText.printable(TerminalText.shortened(f.error().message(), WIDTH)));
      failures.add(
          new String[] {
            f.entry().id() + "  (test file " + f.entry().file() + ")", detail(f.error())
          });
      out.flush();
    }
  }

  /** Failure details and the closing line. */
  public void finish(RunResult r) {
    if (!failures.isEmpty()) {
      out.println();
      out.println("Failures:");
      for (int i = 0; i < failures.size(); i++) {
        out.println();
        out.println((i + 1) + ") " + failures.get(i)[0]);
        out.print(failures.get(i)[1]);
      }
      out.println();
    }
    if (!r.loadErrors().isEmpty()) {
      out.println("Not loaded (tests they define did not run; tests that use them failed):");
      r.loadErrors().forEach(d -> out.println("   " + TerminalText.printable(d.headline())));
      out.println();
    }
    out.println(summary(r));
    out.flush();
  }

  /**
   * The closing line, as pytest ends: {@code 4 passed, 0 failed, 0 skipped, 2 deselected in 1.31s}.
   * Deselected tests (left out by the patterns) and load errors are named only when there are some;
   * the time is the whole run's wall time.
   */
  static String summary(RunResult r) {
    String summary = r.passed() + " passed, " + r.failed() + " failed, " + r.skipped() + " skipped";
    if (r.deselected() > 0) {
      summary += ", " + r.deselected() + " deselected";
    }
    int broken = r.loadErrors().size();
    if (broken > 0) {
      summary += ", " + broken + (broken == 1 ? " load error" : " load errors");
    }
    return summary + " in " + seconds(r.wall());
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2fs", d.toMillis() / 1000.0);
  }

  private String detail(Failure f) {
    StringBuilder b = new StringBuilder();
    String where = f.location() == null ? "" : f.location() + ": ";
    String[] lines = (where + f.message()).split("\n");
    for (int i = 0; i < Math.min(lines.length, MAX_MESSAGE_LINES); i++) {
      b.append("   ").append(TerminalText.printable(TerminalText.shortened(lines[i], WIDTH)));
      b.append('\n');
    }
    if (lines.length > MAX_MESSAGE_LINES) {
      b.append("   … (").append(lines.length - MAX_MESSAGE_LINES).append(" more lines)\n");
    }
    if (f.hasDiff()) {
      b.append("   ").append(paint("- expected", 32)).append(' ').append(paint("+ actual", 31));
      b.append('\n');
      for (String line : LineDiff.of(f.expected(), f.actual())) {
        String painted =
            line.startsWith("- ")
                ? paint(line, 32)
                : line.startsWith("+ ") ? paint(line, 31) : line;
        b.append("   ").append(painted).append('\n');
      }
    }
    if (!f.historyTail().isEmpty()) {
      b.append("   last history events:\n");
      f.historyTail().forEach(e -> b.append("     ").append(e).append('\n'));
    }
    List<String> commands = reproduction.commands(f.reproduction());
    if (!commands.isEmpty()) {
      b.append("   reproduce:\n");
      commands.forEach(c -> b.append("     ").append(c).append('\n'));
    }
    return b.toString();
  }

  /** What the failing test printed, as pytest shows it with the failure. */
  private static String printed(List<String> output) {
    if (output.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("   printed:\n");
    output.forEach(
        line ->
            b.append("     ")
                .append(TerminalText.printable(TerminalText.shortened(line, WIDTH)))
                .append('\n'));
    return b.toString();
  }

  private String status(Outcome o) {
    return switch (o) {
      case PASSED -> paint("PASS ", 32);
      case FAILED -> paint("FAIL ", 31);
      case ERROR -> paint("ERROR", 31);
      case SKIPPED -> paint("SKIP ", 33);
    };
  }

  private static String wall(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + "ms" : String.format("%.2fs", ms / 1000.0);
  }

  private String paint(String text, int code) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
