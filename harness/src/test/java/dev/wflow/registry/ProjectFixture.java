package dev.wflow.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small projects into a temporary directory for registry and lint tests. */
public final class ProjectFixture {

  private final Path root;

  private ProjectFixture(Path root) {
    this.root = root;
  }

  public static ProjectFixture at(Path root) {
    return new ProjectFixture(root);
  }

  /** Writes {@code text} to {@code relative} (parents created) and returns this fixture. */
  public ProjectFixture file(String relative, String text) {
    try {
      Path path = root.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public ProjectLoad load() {
    return Project.load(root);
  }
}
