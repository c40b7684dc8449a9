package dev.wflow.cli;

/**
 * Text from users' files and tests made safe for a terminal.
 *
 * <pre>{@code
 * TerminalText.printable("a\u001b[31mb"); // "a?[31mb"
 * }</pre>
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * The line with control characters (a NUL, an escape sequence in a comment or a test name) shown
   * as {@code ?}: printed raw they would garble the terminal. One character for one, so columns
   * still match.
   */
  public static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c < 0x20 && c != '\t' || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
