package dev.wflow.temporal.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whole virtual seconds spanned by a run's event times.
 *
 * <p>On the in-memory server the clock jumps by whole timer durations while a client waits, and
 * otherwise moves with the real time the run spends computing. That real time is spread thin over
 * many small gaps between events, so each gap is rounded to the nearest second before summing: the
 * noise disappears per gap, where rounding (or truncating) the total would let it add up to a
 * spurious extra second on a loaded machine.
 *
 * <pre>{@code
 * long s = VirtualElapsed.seconds(List.of(start, start.plusMillis(30), start.plusSeconds(3600)));
 * // 3600
 * }</pre>
 */
public final class VirtualElapsed {

  private VirtualElapsed() {}

  public static long seconds(List<Instant> times) {
    long total = 0;
    for (int i = 1; i < times.size(); i++) {
      Duration gap = Duration.between(times.get(i - 1), times.get(i));
      if (!gap.isNegative()) {
        total += Math.round(gap.toNanos() / 1e9);
      }
    }
    return total;
  }
}
