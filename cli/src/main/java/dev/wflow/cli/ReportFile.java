package dev.wflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes its results to ({@code --junit}, {@code --history}). Its directory is
 * made and checked before the command does its work, so a typo fails at once instead of after a
 * long run, and the content is written whole or not at all: a reader never sees half a report.
 *
 * <pre>{@code
 * ReportFile junit = ReportFile.prepare(Path.of("target/wflow.xml"), "--junit");
 * ... run the tests ...
 * junit.write(xml);
 * }</pre>
 */
public final class ReportFile {

  private final Path file;
  private final String option;

  private ReportFile(Path file, String option) {
    this.file = file;
    this.option = option;
  }

  /**
   * Makes the file's directory and checks it can be written.
   *
   * @throws ExitException a usage error naming {@code option} when it cannot
   */
  public static ReportFile prepare(Path path, String option) {
    Path file = path.toAbsolutePath().normalize();
    Path dir = file.getParent();
    try {
      if (Files.isDirectory(file)) {
        throw ExitException.usage(option + " " + path + ": is a directory");
      }
      Files.createDirectories(dir);
      if (!Files.isWritable(dir)) {
        throw new AccessDeniedException(dir.toString());
      }
    } catch (IOException e) {
      throw ExitException.usage(
          option + " " + path + ": cannot write to " + dir + ": " + FileProblem.of(e));
    }
    return new ReportFile(file, option);
  }

  public Path path() {
    return file;
  }

  /**
   * Writes {@code content} through a temporary file in the same directory, moved into place.
   *
   * @throws ExitException when the write fails
   */
  public void write(String content) {
    Path temp = null;
    try {
      temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw ExitException.failed(option + ": cannot write " + file + ": " + FileProblem.of(e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The move either happened or the write already failed with its own message.
        }
      }
    }
  }
}
