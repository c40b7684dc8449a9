package dev.wflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project a command works on from the directory it was started in ({@code -C} or the
 * working directory), as git finds its repository: that directory when it is a project (it has a
 * {@code wippy.lock} or a {@code src/} folder), else the nearest one above it with a {@code
 * wippy.lock}. A directory in no project is refused rather than scanned: from {@code $HOME} a
 * recursive search for definition files would read the whole home directory.
 *
 * <pre>{@code
 * Path root = ProjectDirectory.find(Path.of("examples/orders/src/activities")); // examples/orders
 * }</pre>
 */
public final class ProjectDirectory {

  private ProjectDirectory() {}

  /**
   * @throws ExitException exit 3 when {@code dir} is in no project
   */
  public static Path find(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    if (isProject(start)) {
      return start;
    }
    for (Path d = start.getParent(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("wippy.lock")) || start.startsWith(d.resolve("src"))) {
        return d;
      }
    }
    throw ExitException.projectNotLoadable(
        start
            + " is not in a wflow project: no wippy.lock or src/ folder in it, and no wippy.lock"
            + " above it (give the project with -C DIR)");
  }

  /** A project root: it has a {@code wippy.lock} or a {@code src/} folder. */
  public static boolean isProject(Path dir) {
    return Files.isDirectory(dir)
        && (Files.isRegularFile(dir.resolve("wippy.lock"))
            || Files.isDirectory(dir.resolve("src")));
  }
}
