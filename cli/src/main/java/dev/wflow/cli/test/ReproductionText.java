package dev.wflow.cli.test;

import dev.wflow.cli.ShellWords;
import dev.wflow.runtime.LuaJson;
import dev.wflow.testing.Reproduction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure's {@link Reproduction} as command lines to paste where the tests ran: {@code wflow
 * replay HISTORY --workflow ID}, and {@code wflow run ID --input … --mock … --signal …}.
 */
final class ReproductionText {

  /** For a project in the working directory. */
  static final ReproductionText HERE = new ReproductionText("wflow");

  private final String command;

  private ReproductionText(String command) {
    this.command = command;
  }

  /**
   * {@code wflow}, or {@code wflow -C DIR} when the project is not the working directory: the
   * commands must work pasted where the user ran the tests.
   */
  static ReproductionText forProject(Path project) {
    Path here = Path.of("").toAbsolutePath().normalize();
    Path dir = project.toAbsolutePath().normalize();
    if (dir.equals(here)) {
      return HERE;
    }
    String shown = dir.startsWith(here) ? here.relativize(dir).toString() : dir.toString();
    return new ReproductionText("wflow -C " + quoteIfNeeded(shown));
  }

  /** The commands, or none when there is nothing to reproduce. */
  List<String> commands(Reproduction r) {
    List<String> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    if (r.history() != null) {
      out.add(
          command
              + " replay "
              + quoteIfNeeded(r.history().toString())
              + " --workflow "
              + r.workflowEntryId());
    } else if (r.historyProblem() != null) {
      out.add("(history not saved: " + r.historyProblem() + ")");
    }
    if (r.start() != null) {
      out.add(run(r.workflowEntryId(), r.start()));
    }
    return out;
  }

  private String run(String workflow, Reproduction.Start s) {
    StringBuilder b = new StringBuilder(command).append(" run ").append(workflow);
    if (!s.args().isEmpty()) {
      Object input = s.args().size() == 1 ? s.args().get(0) : s.args();
      b.append(" --input ").append(quote(LuaJson.write(input)));
    }
    s.fixedMocks()
        .forEach(
            (id, value) -> b.append(" --mock ").append(quote(id + "=" + LuaJson.write(value))));
    for (Reproduction.TimedSignal signal : s.signals()) {
      String text =
          signal.atSeconds() + "s:" + signal.topic() + "=" + LuaJson.write(signal.payload());
      b.append(" --signal ").append(quote(text));
    }
    if (s.functionMocksLeftOut()) {
      b.append("   # function mocks are not expressible on the command line");
    }
    return b.toString();
  }

  private static String quoteIfNeeded(String s) {
    return ShellWords.quoted(s);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
