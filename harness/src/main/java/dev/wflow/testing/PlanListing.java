package dev.wflow.testing;

import dev.wflow.testing.lua.RunTables;
import dev.wflow.testing.lua.SuiteNode;
import dev.wflow.testing.lua.TestPlan;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaValue;

/**
 * Lists a test file's cases instead of running them ({@code wflow test --list}): the cases {@link
 * PlanExecutor} would run, in its order (nested blocks one level deep, as on the platform), kept or
 * left out by the selection. No hook and no test body runs.
 */
final class PlanListing {

  private final FileContext file;
  private final List<ListedTest> tests = new ArrayList<>();
  private long deselected;

  PlanListing(FileContext file) {
    this.file = file;
  }

  /** The host of {@code test.run}: lists the plan and reports nothing ran. */
  LuaValue list(TestPlan plan) {
    plan.markExecuted();
    plan.suites().forEach(this::walk);
    return RunTables.results(plan.caseCount());
  }

  /** A simple test: the entry function itself, named after the entry. */
  void simple(String name) {
    add(List.of(), name, false);
  }

  List<ListedTest> tests() {
    return tests;
  }

  long deselected() {
    return deselected;
  }

  private void walk(SuiteNode node) {
    for (SuiteNode.CaseDef c : node.cases()) {
      add(node.path(), c.name(), c.skipped());
    }
    node.blocksRun().forEach(this::walk);
  }

  private void add(List<String> path, String name, boolean skipped) {
    TestEntry entry = file.entry();
    ListedTest t = new ListedTest(entry.id(), entry.file(), path, name, skipped);
    if (file.selection().selectsCase(entry, t.fullName())) {
      tests.add(t);
    } else {
      deselected++;
    }
  }
}
