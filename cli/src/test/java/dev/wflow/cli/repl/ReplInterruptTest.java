package dev.wflow.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.debug.DebugSession;
import dev.wflow.debug.SessionOptions;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C typed at the terminal while {@code run} or {@code continue} runs a workflow that never
 * ends: the command stops, the prompt comes back and the session goes on. The front end is the real
 * one (JLine's line reader and its signal handling, {@link ReplLoop}); the terminal is JLine's
 * terminal over pipes, whose line discipline turns the typed byte 0x03 into the INT signal, as a
 * pty does.
 */
class ReplInterruptTest {

  /**
   * Never ends and never waits for the user: {@code run} and {@code continue} (which answers
   * activities but leaves time alone) keep running its real activity.
   */
  private static final String TICKING =
      """
      return { main = function()
          while true do
              funcs.call("app:tick")
          end
      end }
      """;

  private static final String TICK = "return { main = function() return 1 end }";

  private static final byte CTRL_C = 3;

  @TempDir Path temp;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard only: the steps below wait on output
  void ctrlCStopsRunAndContinueAndThePromptComesBack() throws Exception {
    LuaProject project =
        new LuaProject(
            List.of(
                new LuaEntry(
                    "app:ticking",
                    "workflow.lua",
                    "src/ticking.lua",
                    TICKING,
                    "main",
                    List.of("funcs"),
                    Map.of(),
                    Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker")))),
                new LuaEntry(
                    "app:tick",
                    "function.lua",
                    "src/tick.lua",
                    TICK,
                    "main",
                    List.of(),
                    Map.of(),
                    Map.of("temporal", Map.of("activity", Map.of("worker", "app:worker"))))),
            Map.of("app:worker", "app-queue"));
    PipedOutputStream keys = new PipedOutputStream();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (DebugSession session =
            DebugSession.open(
                project,
                new SessionOptions(
                    "app:ticking", null, false, null, Duration.ofSeconds(2), line -> {}, temp));
        Terminal terminal =
            new ExternalTerminal(
                "test",
                "xterm",
                new PipedInputStream(keys, 1 << 16),
                screen,
                StandardCharsets.UTF_8)) {
      JLineConsole console =
          JLineConsole.open(terminal, session, false, temp.resolve("state/history"));
      CompletableFuture<Integer> loop = new CompletableFuture<>();
      Thread repl =
          new Thread(
              () -> {
                try {
                  loop.complete(
                      new ReplLoop(session, console, new ReplyText(console.out(), false)).run());
                } catch (Throwable e) {
                  loop.completeExceptionally(e);
                }
              },
              "repl");
      repl.setDaemon(true);
      repl.start();

      type(keys, "start\r");
      await(screen, "ticking running", loop);
      for (String command : List.of("run", "continue")) {
        int before = count(text(screen), "error: interrupted");
        type(keys, command + "\r");
        // The byte is raised as INT as soon as the terminal reads it, which may be before the line
        // reader took the command; a Ctrl-C at the prompt only clears the line, so press again
        // until the command reports it.
        for (int presses = 0; count(text(screen), "error: interrupted") == before; presses++) {
          endedEarly(loop, screen);
          if (presses == 300) {
            throw new AssertionError(command + " was not interrupted:\n" + text(screen));
          }
          keys.write(CTRL_C);
          keys.flush();
          Thread.sleep(200);
        }
      }
      type(keys, "time\r");
      String afterTime = await(screen, "since the start", loop);
      type(keys, "quit\r");
      assertThat(loop.get(1, TimeUnit.MINUTES)).isZero();

      assertThat(count(afterTime, "error: interrupted")).as(afterTime).isEqualTo(2);
      assertThat(afterTime).doesNotContain("Exception");
      // The prompt came back after each interrupt (the next command was read and answered), with
      // the workflow still running.
      assertThat(session.standing().status()).isEqualTo("running");
      Matcher since = Pattern.compile("\\(\\+\\S+ since the start\\)").matcher(afterTime);
      assertThat(since.find()).as(afterTime).isTrue();
    }
  }

  private static void type(PipedOutputStream keys, String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** The screen so far, once {@code needle} is on it. */
  private static String await(
      ByteArrayOutputStream screen, String needle, CompletableFuture<Integer> loop)
      throws InterruptedException {
    while (!text(screen).contains(needle)) {
      endedEarly(loop, screen);
      Thread.sleep(50);
    }
    return text(screen);
  }

  /** Fails with the screen when the session ended before the test was done with it. */
  private static void endedEarly(CompletableFuture<Integer> loop, ByteArrayOutputStream screen) {
    if (loop.isDone()) {
      throw new AssertionError(
          "the session ended: "
              + loop.handle((code, e) -> code + " " + e).join()
              + "\n"
              + text(screen));
    }
  }

  private static String text(ByteArrayOutputStream screen) {
    return screen.toString(StandardCharsets.UTF_8);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
