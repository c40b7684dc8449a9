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
    ProjectLoad load = Project.load(cli.project());
    if (load.isEmpty()) {
      throw ExitException.projectNotLoadable(
          "no definition files found in "
              + cli.project()
              + " (expected *.yaml with namespace and entries)");
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
}
