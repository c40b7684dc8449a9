package dev.wflow.debug;

import dev.wflow.temporal.workflow.CommandSite;
import java.util.List;

/** Compares the commands a run issued with the ones it issued before (or in a recording). */
final class Divergence {

  private Divergence() {}

  /**
   * Null when {@code rebuilt} issued {@code expected} in order (it may have issued more), else a
   * determinism failure naming the first command that differs and its Lua line.
   */
  static String between(List<String> expected, List<String> rebuilt, List<CommandSite> sites) {
    return between(expected, rebuilt, sites, "the rebuilt run");
  }

  /** {@link #between} naming what issued {@code rebuilt} ("the current code"). */
  static String between(
      List<String> expected, List<String> rebuilt, List<CommandSite> sites, String issuer) {
    for (int i = 0; i < expected.size(); i++) {
      String was = expected.get(i);
      String is = i < rebuilt.size() ? rebuilt.get(i) : null;
      if (!was.equals(is)) {
        String where = is == null ? "" : siteOf(is, rebuilt, i, sites);
        return "determinism failure: command "
            + (i + 1)
            + " was '"
            + was
            + "', "
            + issuer
            + " "
            + (is == null ? "issued nothing there" : "issued '" + is + "'")
            + (where.isEmpty() ? "" : " at " + where);
      }
    }
    return null;
  }

  private static String siteOf(
      String command, List<String> all, int index, List<CommandSite> sites) {
    String kind = command.startsWith("signal out") ? "signal" : command.split(" ", 2)[0];
    int n = 0;
    for (int i = 0; i <= index; i++) {
      if (all.get(i).startsWith(kind.equals("signal") ? "signal out" : kind)) {
        n++;
      }
    }
    int seen = 0;
    for (CommandSite s : sites) {
      if (s.command().equals(kind) && ++seen == n) {
        return s.where();
      }
    }
    return "";
  }
}
