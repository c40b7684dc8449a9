package dev.wflow.cli.scaffold;

import dev.wflow.cli.Cli;
import dev.wflow.cli.WflowCommand;
import dev.wflow.scaffold.ProjectInit;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow init [DIR]}: a new project whose first workflow lints clean and passes its test. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a project in DIR (default: the project directory): wippy.lock, src/_index.yaml with a",
      "temporal.client and a temporal.worker, .wflow.yaml, a .gitignore line, and a first",
      "workflow (hello_workflow, from the basic template) with its test. Refuses a directory",
      "that already holds a project; never overwrites a file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow init shop                     a project in ./shop",
      "  wflow init --namespace billing      a project here, entries in namespace billing",
      "  wflow init shop --dry-run           show the files it would write",
      "",
      "Exit codes: 0 created, 1 a file could not be written, 2 usage or an existing project."
    })
public final class InitCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to start the project.")
  Path dir;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      defaultValue = "app",
      description = "Namespace of the entries (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(names = "--dry-run", description = "Print the files it would write, write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    Path target = dir == null ? cli.project() : cli.project().resolve(dir).normalize();
    return Scaffolding.run(
        cli, () -> ProjectInit.plan(target, namespace), dryRun, PlanText.prefix(target));
  }
}
