package dev.wflow.cli.run;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;

/** Loads the project for {@code run}/{@code replay}, printing its errors when it cannot. */
public final class ProjectOpening {

  private ProjectOpening() {}

  public static LuaProject open(Cli cli) {
    return LuaProjects.from(load(cli));
  }

  /** The registry's view of the project (clients, workers), or the exit that says why not. */
  public static Project load(Cli cli) {
    java.nio.file.Path dir = dev.wflow.cli.ProjectDirectory.find(cli.project());
    ProjectLoad load = Project.load(dir);
    if (load.isEmpty()) {
      throw ExitException.projectNotLoadable(
          "no definition files found in " + dir + " (expected *.yaml with namespace and entries)");
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
  public static dev.wflow.runtime.LuaEntry workflowEntry(LuaProject project, String id) {
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
