package dev.wflow.cli.repl;

import dev.wflow.debug.DebugSession;
import dev.wflow.debug.Reply;
import dev.wflow.runtime.GoDuration;
import java.time.Duration;

/**
 * The prompt: the workflow, where its run stands and its virtual time, e.g. {@code order_workflow
 * running +1h0m0s> }.
 */
final class Prompt {

  private Prompt() {}

  static String of(Reply.Standing s, boolean color) {
    String name =
        s.entryId() == null ? "wflow" : s.entryId().substring(s.entryId().indexOf(':') + 1);
    String status = s.status();
    String time = "+" + GoDuration.format(Duration.ofSeconds(s.elapsedSeconds()));
    if (!color) {
      return name + " " + status + " " + time + "> ";
    }
    String statusColour =
        switch (status) {
          case "running" -> "\u001b[33m";
          case "completed" -> "\u001b[32m";
          case "not started" -> "\u001b[2m";
          default -> "\u001b[31m";
        };
    return "\u001b[1m"
        + name
        + "\u001b[0m "
        + statusColour
        + status
        + "\u001b[0m \u001b[36m"
        + time
        + "\u001b[0m> ";
  }

  static String banner(DebugSession session) {
    return "wflow repl"
        + (session.replaying() ? " (replaying a recorded history)" : "")
        + ": 'help' lists the commands, Ctrl-D quits.";
  }
}
