package dev.wflow.debug;

import java.util.List;
import java.util.Optional;

/**
 * Every command of the debugger with its usage and a one-line summary: what {@code help} shows,
 * what a front end completes, and what a typo is matched against.
 *
 * <pre>{@code
 * CommandCatalog.find("skip").get().usage();   // "skip DUR"
 * CommandCatalog.closest("stpe");              // Optional["step"]
 * }</pre>
 */
public final class CommandCatalog {

  /** One command: its name, usage line, summary and shorter names. */
  public record Entry(String name, String usage, String summary, List<String> aliases) {}

  private static final List<Entry> ALL =
      List.of(
          entry("start", "start [ID] [JSON]", "start the workflow (or ID) with JSON as its input"),
          entry("step", "step [N]", "run to the next command the workflow issues (N times)", "s"),
          entry(
              "continue",
              "continue",
              "run on, skipping time to each timer, until a breakpoint or until the workflow waits for"
                  + " you",
              "c"),
          entry("run", "run", "run to the end, skipping time to each timer", "r"),
          entry("skip", "skip DUR", "advance the virtual clock (Go durations: 90s, 1h30m, 24h)"),
          entry("time", "time", "the virtual clock and the workflow time since the start"),
          entry("signal", "signal TOPIC [JSON]", "send a signal (a message on TOPIC)"),
          entry("update", "update NAME [JSON]", "send an update and show its answer"),
          entry("query", "query NAME", "query the run (state, pid)"),
          entry("cancel", "cancel", "request cancellation (the workflow sees pid.cancel)"),
          entry("pending", "pending", "activity calls waiting for an answer"),
          entry(
              "complete",
              "complete ID [JSON]",
              "answer a waiting call (its number or activity ID); without JSON its mock or"
                  + " function.lua answers"),
          entry(
              "fail",
              "fail ID KIND MSG",
              "fail a waiting call with an error of KIND (not retried)"),
          entry("mock", "mock ID JSON|real", "answer activity ID with JSON from now on, or run it"),
          entry(
              "break",
              "break activity ID | timer | signal [TOPIC] | line FILE:N | event TYPE",
              "stop `continue` there (`break activity` also holds the call for you)",
              "b"),
          entry("breaks", "breaks", "list the breakpoints"),
          entry("delete", "delete N", "remove breakpoint N"),
          entry("where", "where", "the Lua file:line the workflow waits at, and for what", "w"),
          entry("locals", "locals", "local variables of the waiting Lua frame"),
          entry("print", "print EXPR", "evaluate a Lua expression in the waiting frame", "p"),
          entry("events", "events [--json]", "the run's history"),
          entry(
              "back",
              "back [N]",
              "go back N steps (default 1): the run is rebuilt from its inputs"),
          entry(
              "goto",
              "goto EVENT",
              "rebuild the run up to the step that wrote history event EVENT"),
          entry(
              "save",
              "save history FILE | save test NAME",
              "save the history, or the session as a test"),
          entry("restart", "restart", "start again from the beginning with the same input"),
          entry("help", "help [CMD]", "list the commands, or explain one", "?"),
          entry("quit", "quit", "leave (Ctrl-D does the same)", "exit", "q"));

  private CommandCatalog() {}

  private static Entry entry(String name, String usage, String summary, String... aliases) {
    return new Entry(name, usage, summary, List.of(aliases));
  }

  public static List<Entry> all() {
    return ALL;
  }

  /** The command named {@code word} (or one of its aliases). */
  public static Optional<Entry> find(String word) {
    return ALL.stream()
        .filter(e -> e.name().equals(word) || e.aliases().contains(word))
        .findFirst();
  }

  /** The command a mistyped word most likely meant, when one is close enough. */
  public static Optional<String> closest(String word) {
    return closest(word, ALL.stream().map(Entry::name).toList());
  }

  /** The candidate closest to {@code word} within two edits (or one for short words). */
  public static Optional<String> closest(String word, List<String> candidates) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() >= 2) {
      // A word cut short ("hist", "cont") means the one it begins.
      List<String> started = candidates.stream().filter(c -> c.startsWith(lower)).toList();
      if (started.size() == 1) {
        return Optional.of(started.get(0));
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d =
          distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = word.length() <= 3 ? 1 : 2;
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Edit distance with transpositions (a swapped pair of letters is one edit). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
