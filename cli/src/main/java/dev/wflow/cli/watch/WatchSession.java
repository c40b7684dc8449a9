package dev.wflow.cli.watch;

import dev.wflow.cli.Cli;
import dev.wflow.watch.ProjectWatcher;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The loop of {@code wflow lint --watch} and {@code wflow test --watch}: one warm process runs the
 * command's work once, then again for every batch of changed files (debounced) and every key, until
 * {@code q}. In a terminal each result replaces the screen and single keys act; otherwise results
 * follow one another and each input line is a key ({@code p PATTERN} with its pattern), so tests
 * and scripts can drive it.
 *
 * <pre>{@code
 * new WatchSession(cli, terminal).watch(trigger -> lint.run(trigger));
 * }</pre>
 */
public final class WatchSession {

  /** What the user's input is read from; tests set a pipe. */
  public static volatile InputStream input = System.in;

  /** Files written within this time of each other are one change (an editor's save is several). */
  static final Duration DEBOUNCE = Duration.ofMillis(25);

  /** What to run: the command's work for one trigger, printed to the session's output. */
  public interface Target {
    void run(Trigger trigger, PrintWriter out);
  }

  private final Cli cli;
  private final boolean terminal;

  public WatchSession(Cli cli, boolean terminal) {
    this.cli = cli;
    this.terminal = terminal;
  }

  /** Runs until {@code q}; returns the exit code (0). */
  public int watch(Target target) {
    BlockingQueue<Trigger> triggers = new LinkedBlockingQueue<>();
    Path root = cli.project();
    try (ProjectWatcher watcher = ProjectWatcher.start(root);
        Keys keys = terminal ? Keys.terminal(triggers) : Keys.lines(input, triggers)) {
      Thread files = daemon("wflow-watch-files", () -> forward(watcher, triggers));
      files.start();
      keys.start();
      Trigger next = Trigger.all();
      while (next.kind() != Trigger.Kind.QUIT) {
        show(target, next, keys);
        next = triggers.take();
      }
      files.interrupt();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private void show(Target target, Trigger trigger, Keys keys) {
    PrintWriter out = cli.out();
    if (terminal) {
      out.print("\033[H\033[2J\033[3J");
    } else {
      out.println("-- " + trigger.describe(cli.project()) + " --");
    }
    long start = System.nanoTime();
    target.run(trigger, out);
    long ms = (System.nanoTime() - start) / 1_000_000;
    out.println();
    out.println(
        "watching "
            + cli.project()
            + " ("
            + ms
            + " ms); "
            + (terminal
                ? "keys: a all, f failed, p pattern, q quit"
                : "enter a (all), f (failed), p PATTERN, q (quit)"));
    out.flush();
  }

  private static void forward(ProjectWatcher watcher, BlockingQueue<Trigger> triggers) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = watcher.awaitChanges(DEBOUNCE, Duration.ofSeconds(1));
        if (!changed.isEmpty()) {
          triggers.add(Trigger.changed(changed));
        }
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      // The session ended.
    }
  }

  static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }
}
