package dev.wflow.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one test printed: {@code print} of the test's own code (on its thread) and of the workflows
 * it ran (on Temporal's threads, through the test's environment), kept to show with the test's
 * failure, as pytest shows captured output. Bounded: a test that prints in a loop keeps its first
 * lines and a count.
 *
 * <pre>{@code
 * OutputCapture capture = OutputCapture.begin();
 * try { body.call(); } finally { List<String> printed = capture.end(); }
 * }</pre>
 */
public final class OutputCapture {

  static final int MAX_LINES = 200;
  static final int MAX_LINE_CHARS = 2000;

  private static final ThreadLocal<OutputCapture> CURRENT = new ThreadLocal<>();

  private final List<String> lines = new ArrayList<>();
  private final Consumer<String> stream;
  private final OutputCapture outer;
  private int dropped;
  private boolean open = true;

  private OutputCapture(Consumer<String> stream, OutputCapture outer) {
    this.stream = stream;
    this.outer = outer;
  }

  /**
   * Starts capturing what the current thread's test prints, each line also passed to {@code stream}
   * ({@code wflow test --print}). Captures nest: an entry's capture resumes after each of its
   * cases.
   */
  static OutputCapture begin(Consumer<String> stream) {
    OutputCapture c = new OutputCapture(stream, CURRENT.get());
    CURRENT.set(c);
    return c;
  }

  /** Stops capturing and returns the lines (a last line counts those not kept). */
  synchronized List<String> end() {
    open = false;
    if (CURRENT.get() == this) {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
    List<String> out = new ArrayList<>(lines);
    if (dropped > 0) {
      out.add("… " + dropped + " more line" + (dropped == 1 ? "" : "s") + " not kept");
    }
    return List.copyOf(out);
  }

  void print(String line) {
    add(line);
    stream.accept(line);
  }

  private synchronized void add(String line) {
    if (!open) {
      return;
    }
    for (String l : line.split("\n", -1)) {
      if (lines.size() >= MAX_LINES) {
        dropped++;
      } else {
        lines.add(l.length() > MAX_LINE_CHARS ? l.substring(0, MAX_LINE_CHARS) + " …" : l);
      }
    }
  }

  /**
   * A printer for a test file's Lua state: each line goes to the capture of the test running on the
   * printing thread; outside any test, straight to {@code stream}.
   */
  public static Consumer<String> printer(Consumer<String> stream) {
    return line -> {
      OutputCapture c = CURRENT.get();
      if (c != null) {
        c.print(line);
      } else {
        stream.accept(line);
      }
    };
  }

  /**
   * Where prints from other threads on behalf of the current thread's test go (its workflows); a
   * no-op when no test is running.
   */
  public static Consumer<String> forCurrentTest() {
    OutputCapture c = CURRENT.get();
    return c == null ? line -> {} : c::print;
  }
}
