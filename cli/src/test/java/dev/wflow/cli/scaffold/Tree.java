package dev.wflow.cli.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file and folder under a directory with its bytes: two snapshots equal = tree untouched. */
record Tree(Map<String, String> entries) {

  static Tree of(Path root) {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String key = root.relativize(p).toString();
        all.put(key, Files.isDirectory(p) ? "<dir>" : Arrays.toString(Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tree(all);
  }
}
