package dev.wflow.cli.lint;

import dev.wflow.registry.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the lines diagnostics point at, each file once. */
final class SourceLines {

  private final Path root;
  private final Map<String, List<String>> files = new HashMap<>();

  SourceLines(Path root) {
    this.root = root;
  }

  /** Line {@code number} (1-based) of {@code file}, or empty when it cannot be read. */
  Optional<String> line(String file, int number) {
    List<String> lines = files.computeIfAbsent(file, this::read);
    return number >= 1 && number <= lines.size()
        ? Optional.of(lines.get(number - 1))
        : Optional.empty();
  }

  private List<String> read(String file) {
    try {
      // Decoded as the registry decodes it (BOM dropped, UTF-16), so columns agree.
      return TextFile.read(root.resolve(file)).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
