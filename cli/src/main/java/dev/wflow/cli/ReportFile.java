package dev.wflow.cli;

import dev.wflow.files.SafeFileWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a command writes its results to ({@code --junit}, {@code --history}). Its directory is
 * made and checked before the command does its work, so a typo fails at once instead of after a
 * long run, and the content is written whole or not at all: a reader never sees half a report.
 * {@code /dev/stdout}, a FIFO or a symlink is written through, never replaced.
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
      // An existing file is written in place when it is not regular (/dev/stdout, a FIFO), so
      // only a file that will be renamed into place needs a writable folder.
      boolean inPlace = Files.exists(file) && !Files.isRegularFile(file);
      if (inPlace ? !Files.isWritable(file) : !Files.isWritable(dir)) {
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
   * Writes {@code content} with {@link SafeFileWriter}: whole or not at all for a regular file,
   * through for a symlink, a FIFO or a device.
   *
   * @throws ExitException when the write fails
   */
  public void write(String content) {
    try {
      SafeFileWriter.write(file, content);
    } catch (IOException e) {
      throw ExitException.failed(option + ": cannot write " + file + ": " + FileProblem.of(e));
    }
  }
}
