package dev.wflow.cli.scaffold;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.scaffold.PlanWriter;
import dev.wflow.scaffold.ScaffoldException;
import dev.wflow.scaffold.ScaffoldPlan;

/** What {@code init} and {@code new} share: the exit code of a refusal, writing or a dry run. */
final class Scaffolding {

  private Scaffolding() {}

  interface Planner {
    ScaffoldPlan plan() throws ScaffoldException;
  }

  static int run(Cli cli, Planner planner, boolean dryRun, String commandPrefix) {
    try {
      ScaffoldPlan plan = planner.plan();
      if (dryRun) {
        PlanText.dryRun(cli.out(), plan);
      } else {
        PlanWriter.write(plan);
        PlanText.written(cli.out(), plan, commandPrefix);
      }
      return 0;
    } catch (ScaffoldException e) {
      throw switch (e.kind()) {
        case USAGE -> ExitException.usage(e.getMessage());
        case PROJECT -> ExitException.projectNotLoadable(e.getMessage());
        case IO -> ExitException.failed(e.getMessage(), e.getCause());
      };
    }
  }
}
