package dev.wflow.scaffold;

import java.nio.file.Path;

/**
 * One file of a {@link ScaffoldPlan}.
 *
 * @param path where it is written
 * @param displayPath the path shown to the user (relative to the project root)
 * @param before the content on disk now, or null when the file is new
 * @param after the content it will have
 */
public record PlannedFile(Path path, String displayPath, String before, String after) {

  public boolean isNew() {
    return before == null;
  }
}
