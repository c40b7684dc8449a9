package dev.wflow.temporal.workflow;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * The kinds of events {@code process.events()} delivers (SPEC §6, §8), as the {@code process.event}
 * table shows them to Lua: the same values inside workflows and in test code that compares against
 * them ({@code test.eq(ev.kind, process.event.EXIT)}).
 */
public final class ProcessEvents {

  public static final String CANCEL = "pid.cancel";
  public static final String EXIT = "pid.exit";
  public static final String LINK_DOWN = "pid.link.down";

  /**
   * The sender of a cancel request as the platform names it: its topology system pid, {@code
   * {|topology}} (no node, no host).
   */
  public static final String SYSTEM_PID = "{|topology}";

  private ProcessEvents() {}

  /**
   * The event a workflow gets when its cancellation is requested, with the platform's fields:
   * {@code kind}, {@code from} (the system pid) and {@code at} (workflow time, RFC 3339 in whole
   * seconds, UTC). The request's reason is not part of it.
   */
  public static LuaTable cancel(long workflowTimeMillis) {
    LuaTable event = new LuaTable();
    event.set("kind", LuaValue.valueOf(CANCEL));
    event.set("from", LuaValue.valueOf(SYSTEM_PID));
    event.set(
        "at",
        LuaValue.valueOf(
            java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                java.time.Instant.ofEpochMilli(workflowTimeMillis)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS))));
    return event;
  }

  /** A fresh {@code process.event} table. */
  public static LuaTable table() {
    LuaTable event = new LuaTable();
    event.set("CANCEL", LuaValue.valueOf(CANCEL));
    event.set("EXIT", LuaValue.valueOf(EXIT));
    event.set("LINK_DOWN", LuaValue.valueOf(LINK_DOWN));
    return event;
  }
}
