package dev.wflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wflow.testing.lua.TestTimedOut;
import dev.wflow.testing.lua.Watchdog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;

class LuaMailboxTest {

  @Test
  void callsFromOtherThreadsRunOnTheWaitingLuaThread() throws Exception {
    LuaMailbox mailbox = new LuaMailbox(Watchdog.install(new Globals()));
    mailbox.claim();
    Thread lua = Thread.currentThread();
    List<Thread> ranOn = new ArrayList<>();
    CompletableFuture<String> result =
        CompletableFuture.supplyAsync(
            () -> {
              int a = mailbox.call(() -> add(ranOn, 1));
              int b = mailbox.call(() -> add(ranOn, 2));
              return "done " + (a + b);
            });
    assertThat(mailbox.await(result)).isEqualTo("done 3");
    assertThat(ranOn).containsExactly(lua, lua);
  }

  @Test
  void theWatchdogEndsAWaitThatNeverCompletes() {
    Watchdog dog = Watchdog.install(new Globals());
    LuaMailbox mailbox = new LuaMailbox(dog);
    mailbox.claim();
    dog.arm(Duration.ofMillis(100));
    try {
      assertThatThrownBy(() -> mailbox.await(new CompletableFuture<>()))
          .isInstanceOf(TestTimedOut.class)
          .hasMessageContaining("100ms");
    } finally {
      dog.disarm();
    }
  }

  private static int add(List<Thread> threads, int n) {
    threads.add(Thread.currentThread());
    return n;
  }
}
