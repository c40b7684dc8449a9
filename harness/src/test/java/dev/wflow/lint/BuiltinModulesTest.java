package dev.wflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltinModulesTest {

  @Test
  void alwaysPresentModulesAreKnownAndAllowedInWorkflows() {
    for (String name : new String[] {"channel", "errors", "coroutine"}) {
      assertThat(BuiltinModules.isBuiltin(name)).as(name).isTrue();
      assertThat(BuiltinModules.allowedInWorkflow(name)).as(name).isTrue();
    }
  }

  @Test
  void forbiddenAndUnknownModules() {
    assertThat(BuiltinModules.allowedInWorkflow("http_client")).isFalse();
    assertThat(BuiltinModules.isBuiltin("http_client")).isTrue();
    assertThat(BuiltinModules.isBuiltin("frobnicator")).isFalse();
  }
}
