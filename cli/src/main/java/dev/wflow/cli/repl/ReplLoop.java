package dev.wflow.cli.repl;

import dev.wflow.debug.DebugSession;
import dev.wflow.debug.Reply;

/**
 * Reads commands until {@code quit} or the end of input, runs each in the session and renders the
 * reply. Returns the exit code: 1 when a command failed in a session without a terminal.
 */
final class ReplLoop {

  private final DebugSession session;
  private final Console console;
  private final ReplyText text;

  ReplLoop(DebugSession session, Console console, ReplyText text) {
    this.session = session;
    this.console = console;
    this.text = text;
  }

  int run() {
    console.onInterrupt(session::interrupt);
    int failed = 0;
    if (!console.echoes()) {
      console.out().println(Prompt.banner(session));
    }
    while (true) {
      String line = console.readLine(Prompt.of(session.standing(), false));
      if (line == null) {
        break;
      }
      String command = line.strip();
      if (command.isEmpty() || command.startsWith("#")) {
        continue;
      }
      if (console.echoes()) {
        console.out().println("> " + command);
      }
      Reply reply = session.execute(command);
      text.render(reply);
      console.out().flush();
      if (reply.failed()) {
        failed++;
      }
      if (reply instanceof Reply.Quit) {
        break;
      }
    }
    return console.echoes() && failed > 0 ? 1 : 0;
  }
}
