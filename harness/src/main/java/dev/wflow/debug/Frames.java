package dev.wflow.debug;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.util.List;
import java.util.Map;

/** {@code where}, {@code locals} and {@code print}: what the waiting workflow's Lua frame shows. */
final class Frames {

  private Frames() {}

  static Reply where(LiveRun live) {
    if (live.closed(live.events())) {
      return new Reply.Problem("the run has ended: it waits nowhere ('events' shows what it did)");
    }
    String waiting = live.waiting();
    Object answer = inspect(live, "stack", null);
    List<String> stack = List.of();
    if (answer instanceof Map<?, ?> m && m.get("stack") instanceof List<?> frames) {
      stack = frames.stream().map(String::valueOf).toList();
    }
    return new Reply.Where(waiting, stack);
  }

  static Reply locals(LiveRun live) {
    Object answer = inspect(live, "locals", null);
    if (answer instanceof Map<?, ?> m && m.containsKey("error")) {
      return new Reply.Problem(String.valueOf(m.get("error")));
    }
    if (answer instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) m.get("values");
      return new Reply.Locals(String.valueOf(m.get("frame")), values == null ? Map.of() : values);
    }
    return new Reply.Problem("the workflow answered no frame");
  }

  static Reply print(LiveRun live, String expression) {
    Object answer = inspect(live, "eval", expression);
    if (answer instanceof Map<?, ?> m && m.containsKey("error")) {
      return new Reply.Problem(String.valueOf(m.get("error")));
    }
    return new Reply.Value(expression, answer instanceof Map<?, ?> m ? m.get("value") : answer);
  }

  private static Object inspect(LiveRun live, String what, String expression) {
    if (live.closed(live.events())) {
      throw new DebugSession.SessionProblem("the run has ended: there is no frame to look into");
    }
    return live.run()
        .query(
            dev.wflow.temporal.workflow.FrameQuery.NAME,
            java.util.Map.of("what", what, "expr", expression == null ? "" : expression));
  }

  /** The {@code file:line} at the end of a waiting reason ("result of x at src/w.lua:31"). */
  static String lineOf(String waiting) {
    int at = waiting.lastIndexOf(" at ");
    return at < 0 ? "" : waiting.substring(at + 4);
  }

  static List<String> workflowFiles(LuaProject project) {
    return project.entries().stream()
        .filter(LuaEntry::isWorkflow)
        .map(LuaEntry::chunkName)
        .toList();
  }

  /** Whether some workflow's file is {@code file} or ends with it. */
  static boolean knowsFile(LuaProject project, String file) {
    return project.entries().stream()
        .map(LuaEntry::chunkName)
        .anyMatch(c -> c.equals(file) || c.endsWith("/" + file));
  }
}
