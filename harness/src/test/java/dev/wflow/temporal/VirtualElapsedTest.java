package dev.wflow.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.temporal.history.VirtualElapsed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualElapsedTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void computeNoiseSpreadOverManyEventsDoesNotAddASecond() {
    // 1.2 s of real compute in 40 steps of 30 ms around a one-hour timer: truncating the total
    // (3601.2 s) would report 3601.
    List<Instant> times = new ArrayList<>();
    Instant t = T0;
    times.add(t);
    for (int i = 0; i < 20; i++) {
      times.add(t = t.plusMillis(30));
    }
    times.add(t = t.plusSeconds(3600));
    for (int i = 0; i < 20; i++) {
      times.add(t = t.plusMillis(30));
    }
    assertThat(VirtualElapsed.seconds(times)).isEqualTo(3600);
  }

  @Test
  void realWaitsOfWholeSecondsCount() {
    assertThat(VirtualElapsed.seconds(List.of(T0, T0.plusMillis(2100), T0.plusSeconds(90))))
        .isEqualTo(90);
  }

  @Test
  void aSlowComputingGapOnABusyMachineAddsNothing() {
    // 0.7 s between a timer firing and the workflow task it causes: a loaded machine, not time.
    Instant fired = T0.plusSeconds(3600);
    List<VirtualElapsed.Mark> marks =
        List.of(
            new VirtualElapsed.Mark(T0, true),
            new VirtualElapsed.Mark(T0.plusMillis(20), true),
            new VirtualElapsed.Mark(fired, false),
            new VirtualElapsed.Mark(fired.plusMillis(700), true),
            new VirtualElapsed.Mark(fired.plusMillis(1400), true));
    assertThat(VirtualElapsed.ofMarks(marks)).isEqualTo(3600);
    // The same gaps ending in a signal may hide a client's wait: still counted.
    assertThat(
            VirtualElapsed.ofMarks(
                List.of(
                    new VirtualElapsed.Mark(T0, true),
                    new VirtualElapsed.Mark(T0.plusMillis(700), false))))
        .isEqualTo(1);
  }

  @Test
  void emptyAndSingleEventRunsAreZero() {
    assertThat(VirtualElapsed.seconds(List.of())).isZero();
    assertThat(VirtualElapsed.seconds(List.of(T0))).isZero();
  }
}
