package dev.wflow.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.debug.DebugSession;
import dev.wflow.debug.SessionOptions;
import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab completion on the approval example: commands, entry IDs, topics, pending call numbers and
 * file names, each after the word that asks for it.
 */
class ReplCompleterTest {

  static final Path EXPENSES = Path.of("..", "examples", "approval");

  @TempDir Path temp;
  private DebugSession session;
  private Terminal terminal;
  private LineReader reader;
  private ReplCompleter completer;

  @BeforeEach
  void open() throws IOException {
    session =
        DebugSession.open(
            LuaProjects.from(Project.load(EXPENSES).project()),
            new SessionOptions(
                "app:expense_approval",
                null,
                false,
                null,
                Duration.ofSeconds(2),
                line -> {},
                EXPENSES));
    terminal = TerminalBuilder.builder().dumb(true).streams(System.in, System.out).build();
    reader = LineReaderBuilder.builder().terminal(terminal).build();
    completer = new ReplCompleter(session);
  }

  @AfterEach
  void close() throws IOException {
    session.close();
    terminal.close();
  }

  private List<String> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader, new DefaultParser().parse(line, line.length()), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void completesWhatEachWordOfACommandAsksFor() throws IOException {
    assertThat(complete("")).contains("start", "step", "continue", "signal", "complete", "quit");
    assertThat(complete("start ")).containsExactly("app:expense_approval");
    assertThat(complete("mock ")).containsExactly("app:expense_approval_notify");
    assertThat(complete("break ")).contains("activity", "timer", "signal", "line", "event");
    assertThat(complete("break activity ")).containsExactly("app:expense_approval_notify");
    // The topics the workflow listens on (process.listen("approve") in expense_approval.lua).
    assertThat(complete("signal ")).containsExactly("approve", "reject");
    assertThat(complete("break signal ")).containsExactly("approve", "reject");
    assertThat(complete("help ")).contains("back", "goto");
    // Nothing waits before the start; then the notification call does.
    assertThat(complete("complete ")).isEmpty();
    session.execute("start {\"id\":\"r1\",\"amount\":250}");
    assertThat(complete("complete ")).containsExactly("1");
    assertThat(complete("fail ")).containsExactly("1");

    Files.writeString(temp.resolve("session-history.json"), "{}");
    assertThat(complete("save history " + temp + "/sess"))
        .anyMatch(c -> c.endsWith("session-history.json"));
  }
}
