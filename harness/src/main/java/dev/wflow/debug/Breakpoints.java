package dev.wflow.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session's numbered breakpoints. Numbers are never reused, so {@code delete 2} after {@code
 * delete 1} still means what the user saw in {@code breaks}.
 *
 * <pre>{@code
 * Breakpoints b = new Breakpoints();
 * int n = b.add(new Breakpoint.Timer());      // 1
 * b.firstMatch(List.of(stop));                // the breakpoint a stop hits
 * b.delete(n);
 * }</pre>
 */
public final class Breakpoints {

  /** One breakpoint with its number. */
  public record Numbered(int number, Breakpoint breakpoint) {}

  private final List<Numbered> all = new ArrayList<>();
  private int next = 1;

  /** Adds {@code b}; an equal breakpoint already set keeps its number. */
  public int add(Breakpoint b) {
    for (Numbered n : all) {
      if (n.breakpoint().equals(b)) {
        return n.number();
      }
    }
    all.add(new Numbered(next, b));
    return next++;
  }

  /** Removes breakpoint {@code number}; false when there is none. */
  public boolean delete(int number) {
    return all.removeIf(n -> n.number() == number);
  }

  public List<Numbered> list() {
    return List.copyOf(all);
  }

  /** The first breakpoint that one of {@code stops} hits, with the stop. */
  public Optional<Hit> firstMatch(List<Breakpoint.Stop> stops) {
    for (Breakpoint.Stop stop : stops) {
      for (Numbered n : all) {
        if (n.breakpoint().matches(stop)) {
          return Optional.of(new Hit(n, stop));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether calls of {@code activityId} wait for the user even when mocked or real. */
  public boolean holdsActivity(String activityId) {
    return all.stream()
        .anyMatch(
            n -> n.breakpoint() instanceof Breakpoint.Activity a && a.id().equals(activityId));
  }

  /** A breakpoint hit by a stop. */
  public record Hit(Numbered breakpoint, Breakpoint.Stop stop) {}
}
