package dev.wflow.cli.repl;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where wflow keeps state between runs: {@code $XDG_STATE_HOME/wflow}, else {@code
 * ~/.local/state/wflow}.
 */
final class StateDirectory {

  private StateDirectory() {}

  static Path of(Map<String, String> env) {
    String xdg = env.get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "wflow");
    }
    return Path.of(System.getProperty("user.home"), ".local", "state", "wflow");
  }

  /** The REPL's command history. */
  static Path historyFile(Map<String, String> env) {
    return of(env).resolve("repl_history");
  }
}
