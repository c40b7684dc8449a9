package dev.wflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project a command works on from the directory it was started in ({@code -C} or the
 * working directory), as git finds its repository: that directory when it is a project (it has a
 * {@code wippy.lock}, a {@code src/} folder, or a definition file of its own: a YAML file with a
 * top-level {@code entries:}), else the nearest one above it with a {@code wippy.lock}. A directory
 * in no project is refused rather than scanned: from {@code $HOME} a recursive search for
 * definition files would read the whole home directory.
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

  /** A project root: it has a {@code wippy.lock}, a {@code src/} folder or a definition file. */
  public static boolean isProject(Path dir) {
    return Files.isDirectory(dir)
        && (Files.isRegularFile(dir.resolve("wippy.lock"))
            || Files.isDirectory(dir.resolve("src"))
            || holdsDefinitionFile(dir));
  }

  /** Why {@code root} is the project, for {@code -v}: what it has that makes it one. */
  public static String reason(Path root) {
    if (Files.isRegularFile(root.resolve("wippy.lock"))) {
      return "it has wippy.lock";
    }
    if (Files.isDirectory(root.resolve("src"))) {
      return "it has src/ (no wippy.lock: definition files are read from src/)";
    }
    return "it holds definition files (no wippy.lock or src/: they are read from the folder itself)";
  }

  /**
   * A YAML file directly in {@code dir} with a top-level {@code entries:} line; only this folder is
   * looked at, so a folder that is no project costs one directory listing.
   */
  private static boolean holdsDefinitionFile(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(ProjectDirectory::isDefinitionFile);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static boolean isDefinitionFile(Path file) {
    String name = file.getFileName().toString();
    if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || !Files.isRegularFile(file)) {
      return false;
    }
    try (java.io.BufferedReader in = Files.newBufferedReader(file)) {
      return in.lines().limit(10_000).anyMatch(line -> line.startsWith("entries:"));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
