package dev.wflow.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code wippy.lock}: names the source directory ({@code directories: {src: ./src}}) and local
 * module replacements. Without one, {@code ./src} is used when it exists, else the project root
 * itself. As the platform's {@code ResolveLockPath}, a relative {@code src} is joined to the lock
 * file's folder wherever it leads ({@code ..} included), and an empty one loads no application
 * source.
 *
 * @param sourceDir the directory scanned for definition files (absolute, normalized); empty when
 *     {@code directories.src} is {@code ""}
 * @param present whether a {@code wippy.lock} file was found
 * @param modulesDir where installed modules live ({@code directories.modules}, {@code .wippy} by
 *     default); it may not exist
 * @param replacements the folders of {@code replacements[].to} (their {@code src/} when they have
 *     one), read like installed modules
 * @param srcSpan where {@code directories.src} is written, for errors about what it names
 */
record LockFile(
    Optional<Path> sourceDir,
    boolean present,
    Path modulesDir,
    List<Path> replacements,
    Span srcSpan) {

  static final String NAME = "wippy.lock";
  static final String MODULES = ".wippy";

  static LockFile read(Path root, Problems problems) {
    Path lock = root.resolve(NAME);
    if (!Files.isRegularFile(lock)) {
      return new LockFile(
          Optional.of(defaultSourceDir(root)), false, root.resolve(MODULES), List.of(), null);
    }
    Optional<Node> node = YamlDocument.compose(lock, NAME, problems);
    if (node.isEmpty() || !(node.get() instanceof MappingNode mapping)) {
      node.ifPresent(
          n -> problems.error("E101", NAME, Span.of(n), "wippy.lock must be a YAML mapping"));
      return new LockFile(
          Optional.of(defaultSourceDir(root)), true, root.resolve(MODULES), List.of(), null);
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
    List<Path> replacements = replacements(root, map.get("replacements"));
    Span span = values.spans().get("directories.src");
    return new LockFile(sourceDir(root, src, span, problems), true, modulesDir, replacements, span);
  }

  private static Optional<Path> sourceDir(Path root, Object src, Span span, Problems problems) {
    if (src == null) {
      return Optional.of(defaultSourceDir(root));
    }
    if (!(src instanceof String text)) {
      problems.error("E101", NAME, span, "directories.src must be a directory path");
      return Optional.of(defaultSourceDir(root));
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    Path dir = root.resolve(text.trim()).normalize();
    if (Files.isRegularFile(dir)) {
      problems.error(
          "E101", NAME, span, "source directory " + text + " is a file, not a directory");
      return Optional.of(defaultSourceDir(root));
    }
    if (!Files.isDirectory(dir)) {
      problems.error("E101", NAME, span, "source directory " + text + " does not exist");
      return Optional.of(defaultSourceDir(root));
    }
    return Optional.of(dir);
  }

  /** The load path of each {@code replacements[].to}: its {@code src/} if any, else itself. */
  private static List<Path> replacements(Path root, Object replacements) {
    List<Path> out = new ArrayList<>();
    if (replacements instanceof List<?> list) {
      for (Object r : list) {
        if (r instanceof Map<?, ?> m && m.get("to") instanceof String to && !to.isBlank()) {
          Path dir = root.resolve(to.trim()).normalize();
          Path src = dir.resolve("src");
          out.add(Files.isDirectory(src) ? src : dir);
        }
      }
    }
    return out;
  }

  private static Path defaultSourceDir(Path root) {
    Path src = root.resolve("src");
    return Files.isDirectory(src) ? src : root;
  }

  private static void duplicate(Problems problems, Span span, String path) {
    problems.error("E101", NAME, span, "duplicate key '" + path + "'");
  }
}
