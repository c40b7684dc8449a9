package dev.wflow.cli.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * The user's keys as {@link Trigger}s, read on a thread of their own: single keys from a terminal
 * in raw mode (its settings restored on close), or lines from a pipe. The end of a pipe stops the
 * keys, not the watch (Ctrl-C does).
 */
abstract class Keys implements AutoCloseable {

  protected final BlockingQueue<Trigger> triggers;
  private final Thread thread;

  private Keys(BlockingQueue<Trigger> triggers, String name) {
    this.triggers = triggers;
    this.thread = WatchSession.daemon(name, this::read);
  }

  void start() {
    thread.start();
  }

  abstract void read();

  /** Gives the terminal back as it was; never fails. */
  @Override
  public abstract void close();

  /** The trigger for key {@code c}, or null for a key that does nothing. */
  static Trigger.Kind kind(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'a' -> Trigger.Kind.ALL;
      case 'f' -> Trigger.Kind.FAILED;
      case 'p' -> Trigger.Kind.PATTERN;
      case 'q' -> Trigger.Kind.QUIT;
      default -> null;
    };
  }

  static Keys lines(InputStream in, BlockingQueue<Trigger> triggers) {
    return new Keys(triggers, "wflow-watch-keys") {
      @Override
      void read() {
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            Trigger.Kind kind = text.isEmpty() ? null : kind(text.charAt(0));
            if (kind != null) {
              triggers.add(Trigger.of(kind, text.substring(1).strip()));
            }
          }
        } catch (IOException e) {
          // No more keys; the watch goes on until Ctrl-C.
        }
      }

      @Override
      public void close() {}
    };
  }

  static Keys terminal(BlockingQueue<Trigger> triggers) {
    Terminal terminal;
    try {
      terminal = TerminalBuilder.builder().system(true).build();
    } catch (IOException e) {
      return lines(System.in, triggers);
    }
    Attributes saved = terminal.enterRawMode();
    return new Keys(triggers, "wflow-watch-keys") {
      @Override
      void read() {
        NonBlockingReader reader = terminal.reader();
        try {
          for (int c = reader.read(); c >= 0; c = reader.read()) {
            Trigger.Kind kind = kind((char) c);
            if (kind == Trigger.Kind.PATTERN) {
              triggers.add(Trigger.of(kind, pattern(terminal, reader)));
            } else if (kind != null) {
              triggers.add(Trigger.of(kind, ""));
            }
          }
        } catch (IOException e) {
          // The terminal went away; nothing more to read.
        }
      }

      @Override
      public void close() {
        terminal.setAttributes(saved);
        try {
          terminal.close();
        } catch (IOException e) {
          // Restoring the terminal is all that matters, and it is done.
        }
      }
    };
  }

  /** A line typed after {@code p}, echoed as it is typed; Enter ends it. */
  private static String pattern(Terminal terminal, NonBlockingReader reader) throws IOException {
    terminal.writer().print("\r\npattern: ");
    terminal.writer().flush();
    StringBuilder text = new StringBuilder();
    for (int c = reader.read(); c >= 0 && c != '\r' && c != '\n'; c = reader.read()) {
      if ((c == 127 || c == 8) && text.length() > 0) {
        text.setLength(text.length() - 1);
        terminal.writer().print("\b \b");
      } else if (c >= ' ') {
        text.append((char) c);
        terminal.writer().print((char) c);
      }
      terminal.writer().flush();
    }
    return text.toString().strip();
  }
}
