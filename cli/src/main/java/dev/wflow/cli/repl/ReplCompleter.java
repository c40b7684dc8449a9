package dev.wflow.cli.repl;

import dev.wflow.debug.CommandCatalog;
import dev.wflow.debug.DebugSession;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes the debugger's commands, then by command: workflow IDs for {@code start}, activity IDs
 * for {@code mock} and {@code break activity}, pending call numbers for {@code complete} and {@code
 * fail}, topics for {@code signal}, and file names for {@code save} and {@code break line}.
 */
final class ReplCompleter implements Completer {

  private final DebugSession session;
  private final Completer files = new Completers.FileNameCompleter();

  ReplCompleter(DebugSession session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0) {
      CommandCatalog.all()
          .forEach(
              c ->
                  candidates.add(
                      new Candidate(c.name(), c.name(), null, c.summary(), null, null, true)));
      return;
    }
    String command = CommandCatalog.find(words.get(0)).map(CommandCatalog.Entry::name).orElse("");
    DebugSession.Completions c = session.completions();
    switch (command) {
      case "start" -> {
        if (index == 1) {
          add(candidates, c.workflows());
        }
      }
      case "mock" -> {
        if (index == 1) {
          add(candidates, c.activities());
        } else if (index == 2) {
          add(candidates, List.of("real"));
        }
      }
      case "complete", "fail" -> {
        if (index == 1) {
          add(candidates, c.pending());
        }
      }
      case "signal" -> {
        if (index == 1) {
          add(candidates, c.topics());
        }
      }
      case "break" -> {
        if (index == 1) {
          add(candidates, List.of("activity", "timer", "signal", "line", "event"));
        } else if (index == 2 && words.get(1).equals("activity")) {
          add(candidates, c.activities());
        } else if (index == 2 && words.get(1).equals("signal")) {
          add(candidates, c.topics());
        } else if (index == 2 && words.get(1).equals("line")) {
          files.complete(reader, line, candidates);
        }
      }
      case "save" -> {
        if (index == 1) {
          add(candidates, List.of("history", "test"));
        } else if (index == 2 && words.get(1).equals("history")) {
          files.complete(reader, line, candidates);
        }
      }
      case "help" -> {
        if (index == 1) {
          add(candidates, CommandCatalog.all().stream().map(CommandCatalog.Entry::name).toList());
        }
      }
      default -> {}
    }
  }

  private static void add(List<Candidate> candidates, List<String> values) {
    values.forEach(v -> candidates.add(new Candidate(v)));
  }
}
