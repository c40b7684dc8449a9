package dev.wflow.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * A folder under the system's temporary directory that only this process writes to: made fresh
 * (mode 0700, a random name) on first use, so another user can neither block it nor plant symlinks
 * in it, and two runs never share a file. Folders of the same kind left by earlier runs more than a
 * week ago are removed when a new one is made.
 *
 * <pre>{@code
 * PrivateTempFolder histories = new PrivateTempFolder("wflow-history-");
 * Path dir = histories.path();   // /tmp/wflow-history-8123…/
 * }</pre>
 */
public final class PrivateTempFolder {

  private static final Duration KEEP = Duration.ofDays(7);

  private final Path tmp;
  private final String prefix;
  private Path path;

  /** A folder named {@code prefix} and a random suffix in {@code java.io.tmpdir}. */
  public PrivateTempFolder(String prefix) {
    this(Path.of(System.getProperty("java.io.tmpdir")), prefix);
  }

  PrivateTempFolder(Path tmp, String prefix) {
    this.tmp = tmp;
    this.prefix = prefix;
  }

  /** The folder, made on the first call. */
  public synchronized Path path() {
    if (path == null) {
      removeOld();
      try {
        path =
            Files.getFileStore(tmp).supportsFileAttributeView("posix")
                ? Files.createTempDirectory(
                    tmp,
                    prefix,
                    PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(tmp, prefix);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder in " + tmp, e);
      }
    }
    return path;
  }

  private void removeOld() {
    Instant cutoff = Instant.now().minus(KEEP);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(tmp, prefix + "*")) {
      for (Path dir : old) {
        BasicFileAttributes attrs =
            Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isDirectory()
            && attrs.lastModifiedTime().compareTo(FileTime.from(cutoff)) < 0
            && ownedByUs(dir)) {
          deleteTree(dir);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Cleaning is a courtesy: a folder we cannot list or remove is left for the system.
    }
  }

  private static boolean ownedByUs(Path dir) throws IOException {
    return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS)
        .getName()
        .equals(System.getProperty("user.name"));
  }

  private static void deleteTree(Path dir) throws IOException {
    // walkFileTree does not follow symlinks: a link inside is removed, never what it points to.
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
