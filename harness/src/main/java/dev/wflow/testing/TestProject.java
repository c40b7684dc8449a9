package dev.wflow.testing;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import java.util.ArrayList;
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

  /**
   * Syntax errors in the code tests exercise (workflows, activities, libraries): the run stops on
   * them, as a test of broken code says nothing. A broken test file is instead an error of that
   * file alone.
   */
  public List<Diagnostic> syntaxErrors() {
    List<Diagnostic> errors = new ArrayList<>();
    for (LuaEntry e : lua.entries()) {
      if (!"test".equals(e.meta().get("type"))) {
        errors.addAll(LuaParser.parse(e.chunkName(), e.source()).diagnostics());
      }
    }
    return errors.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .distinct()
        .sorted(Diagnostic.ORDER)
        .toList();
  }
}
