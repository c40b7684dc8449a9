package dev.wflow.temporal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a worker ran, from its {@link TaskEvent}s; safe to feed from any thread.
 *
 * <pre>{@code
 * TaskTally tally = new TaskTally();
 * EnvironmentOptions.newBuilder().taskObserver(tally::add) ...
 * TaskTally.Counts now = tally.counts();
 * }</pre>
 */
public final class TaskTally {

  private final AtomicLong[] counts = new AtomicLong[6];

  public TaskTally() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new AtomicLong();
    }
  }

  public void add(TaskEvent event) {
    counts[event.kind().ordinal() * 3 + event.phase().ordinal()].incrementAndGet();
  }

  public Counts counts() {
    return new Counts(
        new Tally(counts[0].get(), counts[1].get(), counts[2].get()),
        new Tally(counts[3].get(), counts[4].get(), counts[5].get()));
  }

  /** Both kinds at one moment. */
  public record Counts(Tally workflows, Tally activities) {}

  /**
   * One kind's counts. {@code started} counts what began on this worker; a workflow picked up from
   * another worker is counted only when it ends.
   */
  public record Tally(long started, long completed, long failed) {

    /** Begun and not yet ended (never negative: runs picked up mid-way end without beginning). */
    public long running() {
      return Math.max(0, started - completed - failed);
    }
  }
}
