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
 * <p>On a machine busy enough ({@code wflow test --parallel 64}) a single gap of pure computing can
 * pass half a second and round up. A gap that ends in an event the run produces by computing (a
 * workflow task, a timer or activity being scheduled, an activity or child reporting back, the run
 * closing) and is shorter than a second is therefore no time at all: a virtual wait ends in an
 * event of its own (a timer firing, a signal or cancel request arriving) or lasts whole seconds (a
 * retry backoff, a client's sleep).
 *
 * <pre>{@code
 * long s = VirtualElapsed.seconds(List.of(start, start.plusMillis(30), start.plusSeconds(3600)));
 * // 3600
 * }</pre>
 */
public final class VirtualElapsed {

  /**
   * One event time; {@code computed} when the event is produced by the run's own computing, so that
   * a sub-second gap ending in it is noise.
   */
  public record Mark(Instant time, boolean computed) {}

  private VirtualElapsed() {}

  /** Every gap rounded to the nearest second, whatever ends it. */
  public static long seconds(List<Instant> times) {
    return ofMarks(times.stream().map(t -> new Mark(t, false)).toList());
  }

  /** Gaps rounded to the nearest second; sub-second gaps ending in a computed event are none. */
  public static long ofMarks(List<Mark> marks) {
    long total = 0;
    for (int i = 1; i < marks.size(); i++) {
      Duration gap = Duration.between(marks.get(i - 1).time(), marks.get(i).time());
      if (gap.isNegative()
          || (marks.get(i).computed() && gap.compareTo(Duration.ofSeconds(1)) < 0)) {
        continue;
      }
      total += Math.round(gap.toNanos() / 1e9);
    }
    return total;
  }
}
