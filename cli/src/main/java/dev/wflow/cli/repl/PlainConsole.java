package dev.wflow.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Commands from a script file or a pipe: no prompt, no editing; each command is echoed. */
final class PlainConsole implements Console {

  private final BufferedReader in;
  private final PrintWriter out;

  PlainConsole(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  @Override
  public String readLine(String prompt) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean echoes() {
    return true;
  }

  @Override
  public PrintWriter out() {
    return out;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing was written; a failing close of an input changes nothing for the user.
    }
  }
}
