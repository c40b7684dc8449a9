package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeSupplyTest {

  private static LuaProject project(String workflowSource, String testSource) {
    return new LuaProject(
        List.of(
            new LuaEntry(
                "app:wf",
                "workflow.lua",
                "wf.lua",
                workflowSource,
                "main",
                List.of(),
                Map.of(),
                Map.of()),
            new LuaEntry(
                "app:wf_test",
                "function.lua",
                "wf_test.lua",
                testSource,
                "run",
                List.of(),
                Map.of(),
                Map.of("type", "test"))),
        Map.of());
  }

  @Test
  void theSameCodeUnderTestKeepsItsNodesAndAnyOtherChangeRenewsThem() {
    try (NodeSupply supply = new NodeSupply()) {
      supply.serve(project("return {main = f}", "t1"), true);
      PrefetchedNodes first = supply.nodes();
      Replays replays = supply.replays();

      supply.serve(project("return {main = f}", "t2 -- a test file saved"), true);
      assertThat(supply.nodes()).isSameAs(first);
      assertThat(supply.replays()).isSameAs(replays);

      supply.serve(project("return {main = g}", "t2"), true);
      assertThat(supply.nodes()).isNotSameAs(first);
      PrefetchedNodes changed = supply.nodes();

      supply.serve(project("return {main = g}", "t2"), false);
      assertThat(supply.nodes()).isNotSameAs(changed);
    }
  }
}
