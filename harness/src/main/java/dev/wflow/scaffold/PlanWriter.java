package dev.wflow.scaffold;

import dev.wflow.files.SafeFileWriter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a {@link ScaffoldPlan} all or nothing. Each file is written atomically through {@link
 * SafeFileWriter} (new files never over anything, edited files by rename); if any write fails, the
 * files already written are removed or given back their old content and the folders made for them
 * are removed, so the tree is as it was.
 *
 * <pre>{@code
 * PlanWriter.write(NewWorkflow.plan(request));
 * }</pre>
 */
public final class PlanWriter {

  private PlanWriter() {}

  /**
   * @throws ScaffoldException ({@link ScaffoldException.Kind#IO}) naming the file that could not be
   *     written; nothing of the plan is left on disk then
   */
  public static void write(ScaffoldPlan plan) throws ScaffoldException {
    for (PlannedFile f : plan.files()) {
      checkUnchanged(f);
    }
    Deque<Runnable> undo = new ArrayDeque<>();
    PlannedFile current = null;
    try {
      for (PlannedFile f : plan.files()) {
        current = f;
        makeFolders(f.path().toAbsolutePath().getParent(), undo);
        if (f.isNew()) {
          SafeFileWriter.createNew(f.path(), f.after());
          undo.push(() -> deleteQuietly(f.path()));
        } else {
          SafeFileWriter.write(f.path(), f.after());
          undo.push(() -> restoreQuietly(f));
        }
      }
    } catch (IOException e) {
      undo.forEach(Runnable::run);
      throw new ScaffoldException(
          ScaffoldException.Kind.IO,
          "cannot write " + current.displayPath() + ": " + reason(e) + "; nothing was changed",
          e);
    }
  }

  /** A file edited since the plan was made would lose that edit: refuse instead. */
  private static void checkUnchanged(PlannedFile f) throws ScaffoldException {
    try {
      if (f.isNew() && Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(f.displayPath());
      }
      if (!f.isNew() && !FileText.read(f.path()).equals(f.before())) {
        throw new ScaffoldException(
            ScaffoldException.Kind.IO,
            f.displayPath()
                + " changed while wflow was working on it; nothing was written, run the command again");
      }
    } catch (IOException e) {
      throw new ScaffoldException(
          ScaffoldException.Kind.IO,
          "cannot write " + f.displayPath() + ": " + reason(e) + "; nothing was changed",
          e);
    }
  }

  private static void makeFolders(Path dir, Deque<Runnable> undo) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    makeFolders(dir.getParent(), undo);
    Files.createDirectory(dir);
    undo.push(() -> deleteQuietly(dir));
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort: the write failure is what the user is told about.
    }
  }

  private static void restoreQuietly(PlannedFile f) {
    try {
      SafeFileWriter.write(f.path(), f.before());
    } catch (IOException e) {
      // Best effort, as above.
    }
  }

  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name appeared meanwhile";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (is the folder read-only?)";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return dev.wflow.registry.TextFile.reason(e);
  }
}
