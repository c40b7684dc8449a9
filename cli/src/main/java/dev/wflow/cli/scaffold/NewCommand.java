package dev.wflow.cli.scaffold;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.WflowCommand;
import dev.wflow.scaffold.NewRequest;
import dev.wflow.scaffold.NewWorkflow;
import dev.wflow.scaffold.Template;
import dev.wflow.scaffold.TemplateCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow new NAME}: adds a workflow (or activity) from a template to the project. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Add a workflow from a template: its Lua files and test beside the definition file, and its",
      "entries appended to that file in its own style (comments, layout and every existing line",
      "kept). Checks everything first; writes all or nothing; never overwrites without --force."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow new order_workflow                      a workflow from the basic template",
      "  wflow new refund --template saga              a saga with compensations",
      "  wflow new review --template approval --dry-run   show the diff, write nothing",
      "  wflow new billing --namespace app.billing --dir src/billing",
      "  wflow new charge --template activity --worker app:payments",
      "  wflow new --list                              the templates",
      "",
      "Exit codes: 0 created, 1 a file could not be written, 2 usage (bad name, taken, unknown",
      "template, several workers), 3 a definition file cannot be read or edited safely."
    })
public final class NewCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "Entry name of the workflow: a Lua identifier such as order_workflow.")
  String name;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      defaultValue = "basic",
      completionCandidates = TemplateNames.class,
      description = "Template: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String template;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description = "Namespace of the new entries (default: the definition file's).")
  String namespace;

  @Option(
      names = "--dir",
      paramLabel = "D",
      description = "Folder (or definition file) to add to, relative to the project.")
  Path dir;

  @Option(
      names = "--worker",
      paramLabel = "ID",
      description = "The temporal.worker to run on, when the project has several.")
  String worker;

  @Option(names = "--force", description = "Overwrite files and entries of the same names.")
  boolean force;

  @Option(names = "--dry-run", description = "Print the diff it would apply, write nothing.")
  boolean dryRun;

  @Option(names = "--list", description = "List the templates and exit.")
  boolean list;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    if (list) {
      for (Template t : TemplateCatalog.builtIn().all()) {
        cli.out().printf("%-10s %s%n", t.name(), t.description());
      }
      cli.out().flush();
      return 0;
    }
    if (name == null) {
      throw ExitException.usage("NAME is missing: wflow new NAME [--template T] (or --list)");
    }
    NewRequest request =
        NewRequest.newBuilder(cli.project(), name)
            .template(template)
            .namespace(namespace)
            .dir(dir)
            .workingDir(Path.of("").toAbsolutePath())
            .worker(worker)
            .force(force)
            .build();
    return Scaffolding.run(
        cli, () -> NewWorkflow.plan(request), dryRun, PlanText.prefix(cli.project()));
  }
}
