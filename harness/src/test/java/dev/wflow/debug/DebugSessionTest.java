package dev.wflow.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debugger engine driven the way any front end drives it: lines in, {@link Reply} values out.
 */
class DebugSessionTest {

  private static final String HELPERS =
      """
      local function settle(total)
          return {total = total}
      end

      local function wait_for_work(inbox)
          local msg = inbox:receive()
          return msg
      end

      return function()
          local inbox = process.inbox()
          local total = 0
          while true do
              local msg = wait_for_work(inbox)
              if msg:topic() == "add" then
                  local n = msg:payload():data()
                  if type(n) ~= "number" then
                      process.send(msg:from(), "nak", "not a number")
                  else
                      total = total + n
                      process.send(msg:from(), "ok", total)
                  end
              elseif msg:topic() == "done" then
                  return settle(total)
              end
          end
      end
      """;

  private static final String TICKING =
      """
      return function()
          local n = 0
          while true do
              time.sleep("1m")
              n = n + 1
          end
      end
      """;

  @TempDir Path temp;
  private DebugSession session;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private static LuaEntry workflow(String name, String source, String... modules) {
    return new LuaEntry(
        "app:" + name,
        "workflow.lua",
        "src/" + name + ".lua",
        source,
        "main",
        List.of(modules),
        Map.of(),
        Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker"))));
  }

  private DebugSession open(String workflow) {
    LuaProject project =
        new LuaProject(
            List.of(workflow("counter", HELPERS), workflow("ticking", TICKING, "time")),
            Map.of("app:worker", "app-queue"));
    session =
        DebugSession.open(
            project,
            new SessionOptions(
                workflow, null, false, null, Duration.ofSeconds(2), line -> {}, temp));
    return session;
  }

  @Test
  void whereShowsTheLuaStackOfTheWaitingCoroutine() {
    DebugSession s = open("app:counter");
    assertThat(s.execute("start")).isInstanceOf(Reply.Progress.class);
    Reply where = s.execute("where");
    assertThat(where).isInstanceOf(Reply.Where.class);
    Reply.Where w = (Reply.Where) where;
    assertThat(w.waiting()).isEqualTo("receive on inbox at src/counter.lua:6");
    assertThat(w.stack())
        .containsExactly(
            "src/counter.lua:6 in function <src/counter.lua:5>",
            "src/counter.lua:14 in function <src/counter.lua:10>");
  }

  @Test
  void updateIsAnsweredByTheWorkflowAndItsRejectionIsAProblem() {
    DebugSession s = open("app:counter");
    s.execute("start");
    assertThat(value(s.execute("update add 5"))).isEqualTo("update add = 5");
    assertThat(value(s.execute("update add 2"))).isEqualTo("update add = 7");
    Reply rejected = s.execute("update add \"x\"");
    assertThat(rejected).isInstanceOf(Reply.Problem.class);
    assertThat(((Reply.Problem) rejected).message()).contains("not a number");
    assertThat(s.execute("update add")).isInstanceOf(Reply.Problem.class);

    s.execute("signal done");
    Reply.Standing standing = s.standing();
    assertThat(standing.status()).isEqualTo("completed");
    assertThat(String.valueOf(standing.outcome().result())).isEqualTo("{total=7}");
  }

  private static String value(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Value.class);
    Reply.Value v = (Reply.Value) reply;
    return v.label() + " = " + v.value();
  }

  @Test
  void interruptStopsARunThatWouldNeverEndAndTheSessionGoesOn() throws Exception {
    DebugSession s = open("app:ticking");
    s.execute("start");
    CompletableFuture<Void> ctrlC =
        CompletableFuture.runAsync(
            () -> {
              try {
                Thread.sleep(1500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              s.interrupt();
            });
    Reply run = s.execute("run");
    ctrlC.get(5, TimeUnit.SECONDS);
    assertThat(run).isInstanceOf(Reply.Progress.class);
    assertThat(((Reply.Progress) run).divergence()).isEqualTo("interrupted");
    assertThat(((Reply.Progress) run).issued()).isNotEmpty();
    assertThat(s.standing().status()).isEqualTo("running");
    // The next command is not interrupted by the old Ctrl-C.
    Reply step = s.execute("skip 1m");
    assertThat(step).isInstanceOf(Reply.Progress.class);
    assertThat(((Reply.Progress) step).divergence()).isNull();
  }
}
