package dev.wflow.cli.repl;

import dev.wflow.debug.DebugSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A terminal with line editing, completion ({@link ReplCompleter}) and a history file kept across
 * sessions. Ctrl-C at the prompt clears the line; during a command it interrupts {@code run} or
 * {@code continue}; Ctrl-D quits.
 */
final class JLineConsole implements Console {

  private final Terminal terminal;
  private final LineReader reader;
  private final DebugSession session;
  private final boolean color;
  private Runnable onInterrupt = () -> {};

  private JLineConsole(Terminal terminal, LineReader reader, DebugSession session, boolean color) {
    this.terminal = terminal;
    this.reader = reader;
    this.session = session;
    this.color = color;
  }

  static JLineConsole open(DebugSession session, boolean color, Path historyFile) {
    try {
      return open(TerminalBuilder.builder().system(true).build(), session, color, historyFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * On a given terminal: the system one, or in tests a JLine terminal over pipes, whose line
   * discipline turns a typed Ctrl-C into the same INT signal a real terminal raises.
   */
  static JLineConsole open(
      Terminal terminal, DebugSession session, boolean color, Path historyFile) {
    LineReaderBuilder builder =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("wflow")
            .completer(new ReplCompleter(session))
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    if (prepare(historyFile)) {
      builder.variable(LineReader.HISTORY_FILE, historyFile);
    }
    JLineConsole console = new JLineConsole(terminal, builder.build(), session, color);
    terminal.handle(Terminal.Signal.INT, signal -> console.onInterrupt.run());
    return console;
  }

  /** Makes the history file's directory; without it the session still works, unrecorded. */
  private static boolean prepare(Path historyFile) {
    try {
      Files.createDirectories(historyFile.getParent());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String readLine(String prompt) {
    while (true) {
      try {
        String line = reader.readLine(Prompt.of(session.standing(), color));
        // While it reads, the line reader answers Ctrl-C by interrupting this thread; one pressed
        // as the line was accepted leaves the flag set, and the command's first wait would die of
        // an InterruptedException instead of running (ReplInterruptTest hit it). That Ctrl-C was
        // meant for the prompt.
        Thread.interrupted();
        return line;
      } catch (UserInterruptException e) {
        // Ctrl-C at the prompt drops the line, as in a shell.
      } catch (EndOfFileException e) {
        return null;
      }
    }
  }

  @Override
  public boolean echoes() {
    return false;
  }

  @Override
  public PrintWriter out() {
    return terminal.writer();
  }

  @Override
  public void onInterrupt(Runnable onInterrupt) {
    this.onInterrupt = onInterrupt;
  }

  @Override
  public void close() {
    try {
      reader.getHistory().save();
      terminal.close();
    } catch (IOException ignored) {
      // The session is over; an unsaved history line is all that is lost.
    }
  }
}
