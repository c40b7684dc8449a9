package dev.wflow.testing.lua;

import java.time.Duration;

/** Short human durations for messages: {@code 250ms}, {@code 5s}, {@code 2m30s}. */
public final class DurationText {

  private DurationText() {}

  public static String of(Duration d) {
    long ms = d.toMillis();
    if (ms == 0) {
      return "0s";
    }
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms % 1000 != 0 || ms < 60_000) {
      return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format("%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    StringBuilder b = new StringBuilder();
    if (s >= 3600) {
      b.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      b.append(s % 3600 / 60).append('m');
    }
    if (s % 60 != 0) {
      b.append(s % 60).append('s');
    }
    return b.toString();
  }
}
