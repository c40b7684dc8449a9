package dev.wflow.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code wflow init} or {@code wflow new} would do, as values: every file with its content
 * before and after, the entries added, and what to run next. A dry run renders it; {@link
 * PlanWriter} writes it.
 *
 * @param root the project directory
 * @param files the files to create or change: new files first, then edited ones
 * @param entries the IDs of the entries added (or replaced), in file order
 * @param next the commands to suggest afterwards, run in the project directory
 */
public record ScaffoldPlan(
    Path root, List<PlannedFile> files, List<String> entries, List<NextStep> next) {

  public ScaffoldPlan {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
    next = List.copyOf(next);
  }
}
