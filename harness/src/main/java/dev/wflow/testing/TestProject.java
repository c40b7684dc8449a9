package dev.wflow.testing;

import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import java.util.List;

/**
 * A loaded project as the test runner needs it: its test entries in run order and the runtime's
 * view of its Lua entries (workflows, activities, libraries) and workers' task queues.
 *
 * <pre>{@code
 * TestProject tp = TestProject.of(Project.load(dir).project());
 * runner.run(tp.tests(), listener);
 * }</pre>
 */
public record TestProject(List<TestEntry> tests, LuaProject lua) {

  public TestProject {
    tests = List.copyOf(tests);
  }

  public static TestProject of(Project project) {
    return new TestProject(TestDiscovery.discover(project), LuaProjects.from(project));
  }
}
