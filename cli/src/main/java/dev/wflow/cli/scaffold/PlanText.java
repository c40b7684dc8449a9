package dev.wflow.cli.scaffold;

import dev.wflow.cli.ShellWords;
import dev.wflow.scaffold.NextStep;
import dev.wflow.scaffold.PlannedFile;
import dev.wflow.scaffold.ScaffoldPlan;
import java.io.PrintWriter;
import java.util.List;

/** Renders a {@link ScaffoldPlan}: the files written and what to run next, or a dry run's diff. */
final class PlanText {

  private PlanText() {}

  /** After writing: one line per file, then the next commands. */
  static void written(PrintWriter out, ScaffoldPlan plan, String commandPrefix) {
    for (PlannedFile f : plan.files()) {
      out.println((f.isNew() ? "created " : "updated ") + f.displayPath());
    }
    out.println("entries: " + String.join(", ", plan.entries()));
    out.println();
    out.println("Next:");
    plan.next().forEach(step -> out.println("  " + commandPrefix + commandLine(step)));
    out.flush();
  }

  /** {@code test app:x_test}, each argument a shell word. */
  static String commandLine(NextStep step) {
    StringBuilder b = new StringBuilder(step.command());
    for (String arg : step.args()) {
      b.append(' ').append(ShellWords.quoted(arg));
    }
    return b.toString();
  }

  /** {@code --dry-run}: the unified diff of every file, nothing written. */
  static void dryRun(PrintWriter out, ScaffoldPlan plan) {
    for (PlannedFile f : plan.files()) {
      UnifiedDiff.of(f.isNew() ? null : f.displayPath(), f.displayPath(), f.before(), f.after())
          .forEach(out::println);
    }
    out.println(
        "(dry run: "
            + plan.files().size()
            + " file"
            + (plan.files().size() == 1 ? "" : "s")
            + " would be written; nothing was)");
    out.flush();
  }

  /** What the next commands start with: {@code wflow -C DIR } when the project is elsewhere. */
  static String prefix(java.nio.file.Path project) {
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath().normalize();
    if (project.equals(cwd)) {
      return "wflow ";
    }
    java.nio.file.Path shown = project.startsWith(cwd) ? cwd.relativize(project) : project;
    String dir = shown.toString();
    return "wflow -C " + ShellWords.quoted(dir) + " ";
  }

  static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }
}
