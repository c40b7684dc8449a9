package dev.wflow.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one way wflow writes a file a user will read or keep (reports, histories, scaffolded
 * sources). Every command that writes a file goes through it, so none of them can damage what is
 * already there:
 *
 * <ul>
 *   <li>A regular file (or a new one) is replaced atomically: the content goes to a temporary file
 *       in the same folder, opened exclusively (a planted symlink is never followed), then renamed
 *       over the target. A reader sees the old content or the new, never half of it, and a failed
 *       write leaves the old file untouched.
 *   <li>A new file gets the mode the umask gives ({@code 0666 & ~umask}, as the shell's {@code >}
 *       does); a replaced file keeps its mode.
 *   <li>A symlink is written through: its final target is replaced and the link stays a link.
 *   <li>A FIFO, a device, a socket, or anything under {@code /dev} or {@code /proc} (the CI idiom
 *       {@code --junit /dev/stdout}) is written through in append mode, never renamed over, so a
 *       pipe stays a pipe and a redirected stdout keeps what was printed before.
 * </ul>
 *
 * <pre>{@code
 * SafeFileWriter.write(Path.of("target/wflow.xml"), xml);       // replace or create
 * SafeFileWriter.createNew(Path.of("src/order.lua"), source);   // FileAlreadyExistsException if there
 * }</pre>
 */
public final class SafeFileWriter {

  private static final int MAX_LINKS = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SafeFileWriter() {}

  /** Writes {@code content} as UTF-8; see {@link #write(Path, byte[])}. */
  public static void write(Path file, String content) throws IOException {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces (or creates) {@code file} with {@code content}, following the rules in the class
   * comment. The folder must exist.
   *
   * @throws NoSuchFileException when the folder, or a device named under {@code /dev}, is missing
   * @throws IOException when the content cannot be written; the old content is then untouched
   */
  public static void write(Path file, byte[] content) throws IOException {
    Path target = finalTarget(file);
    if (isSpecial(file, target)) {
      writeThrough(target, content);
      return;
    }
    Path temp = writeTemp(target, content);
    try {
      copyMode(target, temp);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Creates {@code file} with {@code content}, whole or not at all, and never over anything: a
   * file, a symlink (even a dangling one) or a folder of that name makes it fail.
   *
   * @throws FileAlreadyExistsException when something of that name exists
   */
  public static void createNew(Path file, String content) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path temp = writeTemp(target, content.getBytes(StandardCharsets.UTF_8));
    try {
      // A hard link fails if the name was taken meanwhile, which a rename would silently replace.
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // A file system without hard links (FAT, some network mounts): CREATE_NEW still refuses a
      // taken name, and a write that fails half-way removes what it wrote.
      try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
        out.write(Files.readAllBytes(temp));
      } catch (IOException partial) {
        if (!(partial instanceof FileAlreadyExistsException)) {
          Files.deleteIfExists(target);
        }
        throw partial;
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The path a write to {@code file} lands on: {@code file} with its symlinks followed. */
  static Path finalTarget(Path file) throws IOException {
    Path current = file.toAbsolutePath().normalize();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(current)) {
        return current;
      }
      Path link = Files.readSymbolicLink(current);
      current = current.resolveSibling(link).normalize();
    }
    throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
  }

  private static boolean isSpecial(Path given, Path target) throws IOException {
    Path absolute = given.toAbsolutePath().normalize();
    if (underSystemTree(absolute) || underSystemTree(target)) {
      return true;
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    BasicFileAttributes attrs =
        Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isDirectory()) {
      throw new FileSystemException(given.toString(), null, "is a directory");
    }
    return !attrs.isRegularFile();
  }

  private static boolean underSystemTree(Path p) {
    return p.startsWith("/dev") || p.startsWith("/proc");
  }

  private static void writeThrough(Path target, byte[] content) throws IOException {
    // No CREATE: a missing device is an error, never a regular file made under /dev.
    try (OutputStream out =
        Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      out.write(content);
    }
  }

  private static Path writeTemp(Path target, byte[] content) throws IOException {
    Path dir = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path temp =
          dir.resolve(
              "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
      // CREATE_NEW is O_EXCL: it never follows a symlink and gets the umask's mode.
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(content);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 10) {
          continue;
        }
        throw e;
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      return temp;
    }
  }

  private static void copyMode(Path from, Path to) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Set<PosixFilePermission> mode = view.readAttributes().permissions();
    Files.setPosixFilePermissions(to, mode);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
