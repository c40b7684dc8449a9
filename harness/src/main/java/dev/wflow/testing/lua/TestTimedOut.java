package dev.wflow.testing.lua;

import java.time.Duration;
import org.luaj.vm2.LuaError;

/** Raised inside a Lua state whose {@link Watchdog} deadline passed. */
public final class TestTimedOut extends LuaError implements dev.wflow.runtime.RunEnding {
  private static final long serialVersionUID = 1L;

  public TestTimedOut(Duration limit) {
    super("test timed out after " + DurationText.of(limit));
  }
}
