package dev.wflow.temporal;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small in-memory projects for tests: workflows and activities from inline Lua. */
final class Projects {

  private final List<LuaEntry> entries = new ArrayList<>();

  static Projects create() {
    return new Projects();
  }

  Projects workflow(String id, String source, String... modules) {
    entries.add(
        new LuaEntry(
            id,
            "workflow.lua",
            "src/" + id.substring(id.indexOf(':') + 1) + ".lua",
            source,
            "main",
            List.of(modules),
            Map.of(),
            Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker")))));
    return this;
  }

  Projects activity(String id, String source, String... modules) {
    return activity(id, source, Map.of(), modules);
  }

  Projects activity(String id, String source, Map<String, Object> options, String... modules) {
    entries.add(
        new LuaEntry(
            id,
            "function.lua",
            "src/" + id.substring(id.indexOf(':') + 1) + ".lua",
            source,
            "main",
            List.of(modules),
            Map.of(),
            Map.of(
                "temporal",
                Map.of("activity", Map.of("worker", "app:worker")),
                "options",
                options)));
    return this;
  }

  /** A workflow whose source is {@code /conformance/<name>.lua}. */
  Projects workflowFile(String name, String... modules) {
    return workflow("app:" + name, resource(name), modules);
  }

  Projects activityFile(String name, String... modules) {
    return activity("app:" + name, resource(name), modules);
  }

  static String resource(String name) {
    try (var in = Projects.class.getResourceAsStream("/conformance/" + name + ".lua")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  LuaProject build() {
    return new LuaProject(entries, Map.of("app:worker", "app-queue"));
  }
}
