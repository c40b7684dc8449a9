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

  private ProcessEvents() {}

  /** A fresh {@code process.event} table. */
  public static LuaTable table() {
    LuaTable event = new LuaTable();
    event.set("CANCEL", LuaValue.valueOf(CANCEL));
    event.set("EXIT", LuaValue.valueOf(EXIT));
    event.set("LINK_DOWN", LuaValue.valueOf(LINK_DOWN));
    return event;
  }
}
