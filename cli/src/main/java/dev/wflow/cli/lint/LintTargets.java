package dev.wflow.cli.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the PATHs of {@code wflow lint} to the projects they belong to: each project root with the
 * paths inside it to report on (an empty list means the whole project).
 */
final class LintTargets {

  private LintTargets() {}

  /**
   * @param workingDir {@code -C} or the current directory; relative paths start here
   * @param paths existing files or directories (checked by the caller)
   */
  static Map<Path, List<Path>> group(Path workingDir, List<Path> paths) {
    Map<Path, List<Path>> projects = new LinkedHashMap<>();
    if (paths.isEmpty()) {
      // No PATH means "here", exactly like '.': inside a project's src/ that is the project (found
      // by its wippy.lock) limited to this directory, not a project of its own.
      return group(workingDir, List.of(workingDir));
    }
    for (Path path : paths) {
      Path absolute = workingDir.resolve(path).toAbsolutePath().normalize();
      Path root = rootOf(absolute, workingDir);
      List<Path> scope = projects.computeIfAbsent(root, r -> new ArrayList<>());
      if (!absolute.equals(root)) {
        scope.add(absolute);
      }
    }
    // Asking for the whole project and for a part of it means the whole project.
    projects.replaceAll(
        (root, scope) ->
            paths.stream().anyMatch(p -> workingDir.resolve(p).normalize().equals(root))
                ? new ArrayList<>()
                : scope);
    return projects;
  }

  /**
   * The nearest directory holding {@code wippy.lock}; else the working directory when the path is
   * inside it and it looks like a project; else the path itself when it is a directory; else the
   * parent of the {@code src} folder the file is in, or the file's folder.
   */
  static Path rootOf(Path path, Path workingDir) {
    Path dir = Files.isDirectory(path) ? path : path.getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("wippy.lock"))) {
        return d;
      }
    }
    if (path.startsWith(workingDir) && looksLikeProject(workingDir)) {
      return workingDir;
    }
    if (Files.isDirectory(path)) {
      return path;
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      if (d.getFileName() != null && d.getFileName().toString().equals("src")) {
        return d.getParent();
      }
    }
    return dir;
  }

  private static boolean looksLikeProject(Path dir) {
    return Files.isDirectory(dir.resolve("src")) || Files.isRegularFile(dir.resolve("wippy.lock"));
  }
}
