package dev.wflow.cli.run;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.platform.WorkflowRefusals;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import java.util.List;

/**
 * Loads the project for {@code run}/{@code replay}/{@code repl}, printing its errors when it
 * cannot. A command that runs one workflow asks only that the workflow and what it reaches be sound
 * ({@link WorkflowRefusals}): an error in an entry nobody asked for is a warning, not a refusal.
 */
public final class ProjectOpening {

  private ProjectOpening() {}

  /**
   * The project with workflow {@code id} checked: refused (exit 3, each reason printed) when the
   * workflow or what it reaches is broken or the platform would not load it.
   */
  public static Opened openWorkflow(Cli cli, String id) {
    Opened opened = openLenient(cli);
    LuaEntry entry = workflowEntry(opened.lua(), id);
    Entry workflow = opened.load().project().entry(id).orElseThrow();
    List<Diagnostic> refusing = opened.refusals().of(workflow);
    if (!refusing.isEmpty()) {
      refusing.forEach(d -> cli.err().println(d.headline()));
      throw ExitException.projectNotLoadable(
          "workflow " + id + " cannot load; run 'wflow lint' for details");
    }
    warnElsewhere(cli, opened.refusals().elsewhere(workflow), id);
    return opened.with(entry);
  }

  /**
   * The project as far as it loads: only a project without any definition file is refused here;
   * each workflow is checked when it is asked for ({@link Opened#refusals()}).
   */
  public static Opened openLenient(Cli cli) {
    java.nio.file.Path dir = dev.wflow.cli.ProjectDirectory.find(cli.project());
    ProjectLoad load = Project.load(dir);
    if (load.isEmpty()) {
      throw noDefinitionFiles(dir);
    }
    return new Opened(load, LuaProjects.from(load.project()), WorkflowRefusals.of(load), null);
  }

  /** One line for the project's errors the workflow does not need, so they are not a surprise. */
  public static void warnElsewhere(Cli cli, List<Diagnostic> elsewhere, String workflow) {
    if (!elsewhere.isEmpty()) {
      cli.err()
          .println(
              "wflow: warning: "
                  + elsewhere.size()
                  + (elsewhere.size() == 1 ? " error" : " errors")
                  + " in entries "
                  + workflow
                  + " does not reach (first: "
                  + elsewhere.get(0).headline()
                  + "); run 'wflow lint' for details");
    }
  }

  /**
   * A loaded project: the registry's load, the runtime's view, the refusal check and, after {@link
   * #openWorkflow}, the workflow asked for.
   */
  public record Opened(
      ProjectLoad load, LuaProject lua, WorkflowRefusals refusals, LuaEntry workflow) {

    Opened with(LuaEntry entry) {
      return new Opened(load, lua, refusals, entry);
    }

    /** True when the project has errors the command did not need (the exit code is then 1). */
    public boolean brokenElsewhere() {
      return workflow != null
          && !refusals.elsewhere(load.project().entry(workflow.id()).orElseThrow()).isEmpty();
    }
  }

  public static LuaProject open(Cli cli) {
    return LuaProjects.from(load(cli));
  }

  /** The registry's view of the project (clients, workers), or the exit that says why not. */
  public static Project load(Cli cli) {
    java.nio.file.Path dir = dev.wflow.cli.ProjectDirectory.find(cli.project());
    ProjectLoad load = Project.load(dir);
    if (load.isEmpty()) {
      throw noDefinitionFiles(dir);
    }
    if (load.hasErrors()) {
      for (Diagnostic d : load.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          cli.err().println(d.headline());
        }
      }
      throw ExitException.projectNotLoadable(
          "the project has errors; run 'wflow lint' for details");
    }
    return load.project();
  }

  private static ExitException noDefinitionFiles(java.nio.file.Path dir) {
    return ExitException.projectNotLoadable(
        "no definition files found in " + dir + " (expected *.yaml with namespace and entries)");
  }

  /** {@code host:port} or {@code [ipv6]:port}; anything else is a usage error, not a gRPC one. */
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):\\d{1,5}");

  /** Refuses an {@code --address} that is not {@code HOST:PORT} as a usage error. */
  public static void checkAddress(String address) {
    if (address != null && !ADDRESS.matcher(address).matches()) {
      throw ExitException.usage(
          "--address " + address + ": expected HOST:PORT, e.g. localhost:7233");
    }
  }

  /** The workflow entry {@code id}, or a usage error listing the project's workflows. */
  public static LuaEntry workflowEntry(LuaProject project, String id) {
    var entry = project.entry(id);
    if (entry.isPresent() && entry.get().isWorkflow()) {
      return entry.get();
    }
    String what =
        entry
            .map(e -> id + " is a " + e.kind() + " entry, not a workflow")
            .orElse("no workflow entry " + id);
    throw ExitException.usage(
        what
            + "; workflows: "
            + String.join(
                ", ",
                project.entries().stream()
                    .filter(dev.wflow.runtime.LuaEntry::isWorkflow)
                    .map(dev.wflow.runtime.LuaEntry::id)
                    .toList()));
  }
}
