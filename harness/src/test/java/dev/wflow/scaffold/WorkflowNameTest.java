package dev.wflow.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkflowNameTest {

  @Test
  void luaIdentifiersAreAccepted() {
    assertThat(WorkflowName.problem("order_workflow")).isNull();
    assertThat(WorkflowName.problem("_private2")).isNull();
  }

  @Test
  void otherNamesSayWhatToUseInstead() {
    assertThat(WorkflowName.problem("order-workflow"))
        .contains("not a Lua identifier")
        .contains("'order_workflow'");
    assertThat(WorkflowName.problem("2fa")).contains("'wf_2fa'");
    assertThat(WorkflowName.problem("")).contains("empty");
    assertThat(WorkflowName.problem("end")).contains("reserved word").contains("'end_workflow'");
    assertThat(WorkflowName.problem("interface")).contains("reserved word");
    assertThat(WorkflowName.problem("x".repeat(101))).contains("longer than 100");
  }
}
