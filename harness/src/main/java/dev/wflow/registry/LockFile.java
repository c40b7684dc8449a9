package dev.wflow.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code wippy.lock}: names the source directory ({@code directories: {src: ./src}}). Without one,
 * {@code ./src} is used when it exists, else the project root itself.
 *
 * @param sourceDir the directory scanned for definition files (absolute, normalized)
 * @param present whether a {@code wippy.lock} file was found
 * @param modulesDir where installed modules live ({@code directories.modules}, {@code .wippy} by
 *     default); it may not exist
 */
record LockFile(Path sourceDir, boolean present, Path modulesDir) {

  static final String NAME = "wippy.lock";
  static final String MODULES = ".wippy";

  static LockFile read(Path root, Problems problems) {
    Path lock = root.resolve(NAME);
    if (!Files.isRegularFile(lock)) {
      return new LockFile(defaultSourceDir(root), false, root.resolve(MODULES));
    }
    Optional<Node> node = YamlDocument.compose(lock, NAME, problems);
    if (node.isEmpty() || !(node.get() instanceof MappingNode mapping)) {
      node.ifPresent(
          n -> problems.error("E101", NAME, Span.of(n), "wippy.lock must be a YAML mapping"));
      return new LockFile(defaultSourceDir(root), true, root.resolve(MODULES));
    }
    YamlValues values =
        new YamlValues(
            (span, path) -> duplicate(problems, span, path),
            (span, message) -> problems.error("E101", NAME, span, message));
    Map<String, Object> map = values.mapping(mapping, "");
    Object src = map.get("directories") instanceof Map<?, ?> dirs ? dirs.get("src") : null;
    Object modules = map.get("directories") instanceof Map<?, ?> dirs ? dirs.get("modules") : null;
    Path modulesDir =
        root.resolve(modules instanceof String m && !m.isBlank() ? m : MODULES).normalize();
    if (src == null) {
      return new LockFile(defaultSourceDir(root), true, modulesDir);
    }
    Span span = values.spans().get("directories.src");
    if (!(src instanceof String text) || text.isBlank()) {
      problems.error("E101", NAME, span, "directories.src must be a directory path");
      return new LockFile(defaultSourceDir(root), true, root.resolve(MODULES));
    }
    Path dir = root.resolve(text).normalize();
    String problem = sourceDirProblem(root, dir, text);
    if (problem != null) {
      problems.error("E101", NAME, span, problem);
      return new LockFile(defaultSourceDir(root), true, modulesDir);
    }
    return new LockFile(dir, true, modulesDir);
  }

  /**
   * Why {@code dir} cannot be scanned, or null. Outside the project is refused: every path wflow
   * reports is relative to the project, and {@code src: /} would walk the whole disk.
   */
  private static String sourceDirProblem(Path root, Path dir, String text) {
    if (!dir.startsWith(root)) {
      return "source directory " + text + " is outside the project (" + root + ")";
    }
    if (Files.isRegularFile(dir)) {
      return "source directory " + text + " is a file, not a directory";
    }
    if (!Files.isDirectory(dir)) {
      return "source directory " + text + " does not exist";
    }
    return null;
  }

  private static Path defaultSourceDir(Path root) {
    Path src = root.resolve("src");
    return Files.isDirectory(src) ? src : root;
  }

  private static void duplicate(Problems problems, Span span, String path) {
    problems.error("E101", NAME, span, "duplicate key '" + path + "'");
  }
}
