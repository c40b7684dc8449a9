package dev.wflow.cli.run;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.FileProblem;
import dev.wflow.cli.WflowCommand;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.history.HistoryFormatException;
import dev.wflow.temporal.history.HistoryReplayer;
import dev.wflow.temporal.history.ReplayReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow replay HISTORY.json…}: checks the current code against recorded histories. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay recorded workflow histories against the current code. Per history: a clean",
      "replay, or the first divergence and the Lua line that now issues another command."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow run app:order_workflow --history h.json && wflow replay h.json",
      "  wflow replay histories/*.json",
      "  temporal workflow show -w order-1 -o json > h.json; wflow replay h.json",
      "  wflow replay old.json --workflow app:order_workflow_v2",
      "",
      "Exit codes: 0 all clean, 1 a history diverges, 2 usage or unreadable history,",
      "3 project not loadable."
    })
public final class ReplayCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(paramLabel = "HISTORY.json", arity = "1..*", description = "History files.")
  List<Path> histories;

  @Option(
      names = "--workflow",
      paramLabel = "ID",
      description = "Replay against this workflow entry whatever type the history names.")
  String workflow;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    ProjectOpening.Opened opened = ProjectOpening.openLenient(cli);
    LuaProject project = opened.lua();
    if (workflow != null && project.entry(workflow).filter(e -> e.isWorkflow()).isEmpty()) {
      throw ExitException.usage("--workflow: no workflow entry " + workflow);
    }
    int diverged = 0;
    int unusable = 0;
    int refused = 0;
    try (HistoryReplayer replayer = new HistoryReplayer(project)) {
      for (Path file : histories) {
        // One unreadable file must not hide what the others say: report it and go on.
        try {
          ReplayReport report = replayer.replay(read(file), workflow);
          if (report.unknownType()) {
            cli.err().println("wflow: " + file + ": cannot replay: " + report.message());
            unusable++;
            continue;
          }
          List<Diagnostic> refusing = refusals(opened, report);
          if (!refusing.isEmpty()) {
            refusing.forEach(d -> cli.err().println(d.headline()));
            cli.err().println("wflow: " + file + ": cannot replay: the workflow cannot load");
            refused++;
            continue;
          }
          cli.out().println(describe(file.toString(), report));
          diverged += report.clean() ? 0 : 1;
        } catch (HistoryFormatException e) {
          cli.err().println("wflow: " + e.describe(file.toString()));
          unusable++;
        } catch (UnreadableFile e) {
          cli.err().println("wflow: " + e.getMessage());
          unusable++;
        }
      }
    }
    if (diverged > 0) {
      cli.err()
          .println(
              diverged + " of " + histories.size() + " histories diverge from the current code");
    }
    if (unusable > 0) {
      return ExitException.USAGE;
    }
    if (refused > 0) {
      return ExitException.PROJECT;
    }
    if (diverged == 0 && opened.load().hasErrors()) {
      // The histories replayed, but the project has errors elsewhere: still an error.
      cli.err().println("wflow: the project has errors; run 'wflow lint' for details");
      return ExitException.FINDINGS;
    }
    return diverged == 0 ? 0 : ExitException.FINDINGS;
  }

  /** Why the workflow the history was replayed against would not load; empty when it would. */
  private List<Diagnostic> refusals(ProjectOpening.Opened opened, ReplayReport report) {
    return (workflow != null
            ? opened.lua().entry(workflow)
            : opened.lua().workflowOfType(report.workflowType()))
        .flatMap(e -> opened.load().project().entry(e.id()))
        .map(e -> opened.refusals().of(e))
        .orElse(List.of());
  }

  private static String read(Path file) {
    try {
      return FileProblem.read(file);
    } catch (ExitException e) {
      throw new UnreadableFile(e.getMessage());
    }
  }

  /** A history file that could not be read at all. */
  private static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFile(String message) {
      super(message);
    }
  }

  static String describe(String file, ReplayReport r) {
    if (r.clean()) {
      return file + ": replays cleanly (" + r.workflowType() + ")";
    }
    String where = r.where() == null ? "" : r.where() + ": ";
    return file
        + ": diverges at event "
        + r.eventId()
        + " ("
        + r.workflowType()
        + ")\n  "
        + where
        + r.message();
  }
}
