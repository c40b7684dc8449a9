package dev.wflow.testing.lua;

import org.luaj.vm2.Globals;

/**
 * Where the Lua code calling into the test module is: the innermost Lua {@code file:line} the
 * state's debug hook (the runtime's line tracker, under the {@link Watchdog}) knows of. Used to
 * point warnings at the {@code describe} or {@code it} they are about.
 */
final class CallSite {

  private CallSite() {}

  /** {@code "src/orders_test.lua:12"}, or null when the state keeps no call stack. */
  static String of(Globals globals) {
    if (globals.debuglib == null) {
      return null;
    }
    String trace = globals.debuglib.traceback(1);
    if (trace == null || trace.isBlank()) {
      return null;
    }
    int end = trace.indexOf('\n');
    String first = (end < 0 ? trace : trace.substring(0, end)).strip();
    return first.isEmpty() || first.startsWith("?") ? null : first;
  }
}
