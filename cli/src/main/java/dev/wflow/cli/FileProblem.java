package dev.wflow.cli;

import dev.wflow.registry.TextFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words why a file operation failed. Java's file exceptions carry only the path as their
 * message, which a user would then read twice ("cannot read a.json: a.json").
 *
 * <pre>{@code
 * catch (IOException e) { throw ExitException.usage("cannot read " + f + ": " + FileProblem.of(e)); }
 * }</pre>
 */
public final class FileProblem {

  private FileProblem() {}

  public static String of(IOException e) {
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof NoSuchFileException
        || e instanceof AccessDeniedException
        || !(e instanceof FileSystemException f)
        || f.getReason() == null) {
      return TextFile.reason(e);
    }
    return f.getReason();
  }

  /**
   * Reads a text file the way definition files are read (UTF-8 with or without a BOM, UTF-16 with
   * one, a size limit), with the reason it cannot be, positioned when a byte is not UTF-8.
   *
   * @throws ExitException a usage error {@code "file:line:col: reason"} or {@code "cannot read
   *     file: reason"}
   */
  public static String read(java.nio.file.Path file) {
    try {
      return TextFile.read(file);
    } catch (TextFile.NotUtf8 e) {
      throw ExitException.usage(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    } catch (IOException e) {
      throw ExitException.usage("cannot read " + file + ": " + of(e));
    }
  }
}
