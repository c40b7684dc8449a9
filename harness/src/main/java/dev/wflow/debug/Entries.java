package dev.wflow.debug;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's workflows, activities and topics, and lookups that suggest the intended ID. */
final class Entries {

  /** Topics a workflow waits on: {@code process.listen("approve")}, {@code inbox} topics. */
  private static final Pattern TOPIC =
      Pattern.compile("(?:listen|topic\\s*==)\\s*\\(?\\s*[\"']([\\w.:/-]+)[\"']");

  private Entries() {}

  static List<String> workflows(LuaProject project) {
    return project.entries().stream().filter(LuaEntry::isWorkflow).map(LuaEntry::id).toList();
  }

  static List<String> activities(LuaProject project) {
    return project.entries().stream().filter(LuaEntry::isActivity).map(LuaEntry::id).toList();
  }

  /** Topic names found in the workflows' sources, for completion. */
  static List<String> topics(LuaProject project) {
    TreeSet<String> topics = new TreeSet<>();
    for (LuaEntry e : project.entries()) {
      if (e.isWorkflow() && e.source() != null) {
        Matcher m = TOPIC.matcher(e.source());
        while (m.find()) {
          topics.add(m.group(1));
        }
      }
    }
    return List.copyOf(topics);
  }

  /** The workflow entry {@code id}, or a problem naming the closest one. */
  static LuaEntry workflow(LuaProject project, String id) {
    return project
        .entry(id)
        .filter(LuaEntry::isWorkflow)
        .orElseThrow(() -> unknown("workflow", id, workflows(project)));
  }

  /** The activity ID is an activity entry of the project, or a problem naming the closest one. */
  static void activity(LuaProject project, String id) {
    if (project.entry(id).filter(LuaEntry::isActivity).isEmpty()) {
      throw unknown("activity", id, activities(project));
    }
  }

  static boolean hasRealActivity(LuaProject project, String id) {
    return project.entry(id).filter(LuaEntry::isActivity).isPresent();
  }

  private static DebugSession.SessionProblem unknown(String what, String id, List<String> known) {
    String hint =
        CommandCatalog.closest(id, known)
            .map(s -> " (did you mean " + s + "?)")
            .orElse(known.isEmpty() ? "" : "; " + what + "s: " + String.join(", ", known));
    return new DebugSession.SessionProblem(
        "no " + what + " entry " + id + " in the project" + hint);
  }
}
