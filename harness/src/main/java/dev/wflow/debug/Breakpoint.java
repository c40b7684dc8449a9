package dev.wflow.debug;

/**
 * Where {@code continue} stops: a command the workflow issues or a place it waits at.
 *
 * <pre>{@code
 * Breakpoint b = new Breakpoint.Activity("app:charge_payment");
 * b.matches(new Breakpoint.Stop("activity", "app:charge_payment", "src/order.lua:31")); // true
 * }</pre>
 */
public sealed interface Breakpoint {

  /** Whether the session should stop for {@code stop}. */
  boolean matches(Stop stop);

  /** How {@code breaks} lists it ({@code activity app:charge_payment}). */
  String describe();

  /**
   * Something that happened during a step: a command the workflow issued ({@code activity}, {@code
   * timer}, {@code child}…), an event of its history ({@code event}), or the line it now waits at
   * ({@code wait}).
   *
   * @param kind {@code activity}, {@code timer}, {@code signal} (received), {@code event}, {@code
   *     wait}, or another command name
   * @param detail the activity ID, timer duration, signal topic or event type
   * @param where Lua {@code file:line}, or empty when unknown
   */
  record Stop(String kind, String detail, String where) {}

  /** {@code break activity ID}: an activity of that ID is called (also by a retry). */
  record Activity(String id) implements Breakpoint {
    @Override
    public boolean matches(Stop stop) {
      return stop.kind().equals("activity") && stop.detail().equals(id);
    }

    @Override
    public String describe() {
      return "activity " + id;
    }
  }

  /** {@code break timer}: the workflow starts a timer. */
  record Timer() implements Breakpoint {
    @Override
    public boolean matches(Stop stop) {
      return stop.kind().equals("timer");
    }

    @Override
    public String describe() {
      return "timer";
    }
  }

  /** {@code break signal [TOPIC]}: a signal (of that topic) reaches the workflow. */
  record Signal(String topic) implements Breakpoint {
    @Override
    public boolean matches(Stop stop) {
      return stop.kind().equals("signal") && (topic == null || topic.equals(stop.detail()));
    }

    @Override
    public String describe() {
      return topic == null ? "signal" : "signal " + topic;
    }
  }

  /** {@code break line FILE:N}: the workflow waits at that line, or issues a command there. */
  record Line(String file, int line) implements Breakpoint {
    @Override
    public boolean matches(Stop stop) {
      String where = stop.where();
      int colon = where.lastIndexOf(':');
      if (colon < 0 || !where.substring(colon + 1).equals(Integer.toString(line))) {
        return false;
      }
      String at = where.substring(0, colon);
      // "order_workflow.lua:31" matches "src/order_workflow.lua:31".
      return at.equals(file) || at.endsWith("/" + file);
    }

    @Override
    public String describe() {
      return "line " + file + ":" + line;
    }
  }

  /** {@code break event TYPE}: an event of that type is added to the history. */
  record Event(String type) implements Breakpoint {
    @Override
    public boolean matches(Stop stop) {
      return stop.kind().equals("event") && stop.detail().equalsIgnoreCase(type);
    }

    @Override
    public String describe() {
      return "event " + type;
    }
  }
}
