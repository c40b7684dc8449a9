package dev.wflow.cli;

/**
 * Words of a command line a user can paste into a POSIX shell: plain words as they are, anything
 * else in single quotes.
 *
 * <pre>{@code
 * ShellWords.quoted("app:order");   // app:order
 * ShellWords.quoted("a > b");       // 'a > b'
 * }</pre>
 */
public final class ShellWords {

  private ShellWords() {}

  /** {@code word} as one shell word. */
  public static String quoted(String word) {
    return word.matches("[A-Za-z0-9_.:/@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
