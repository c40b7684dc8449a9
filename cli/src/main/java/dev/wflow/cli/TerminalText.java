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
  /**
   * The line cut to {@code max} characters with what was left out counted, as lint cuts long source
   * lines: a 200,000-character message is one screen, not two hundred.
   */
  public static String shortened(String line, int max) {
    if (line.length() <= max) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
    return line.substring(0, end) + "… (" + (line.length() - end) + " more characters)";
  }

  public static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c < 0x20 && c != '\t' || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
