package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.TestOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PrefetchedEnvironmentsTest {

  @Test
  void theNextEnvironmentIsReadyAndTheUnusedOneIsClosedAtTheEnd() throws Exception {
    List<FakeEnvironment> started = new CopyOnWriteArrayList<>();
    PrefetchedEnvironments envs =
        new PrefetchedEnvironments(
            options -> {
              FakeEnvironment env = new FakeEnvironment(Map.of(), List.of(), null);
              started.add(env);
              return env;
            },
            () -> started.add(null));
    WorkflowEnvironment first = envs.open(TestOptions.defaults());
    WorkflowEnvironment second = envs.open(TestOptions.defaults());
    WorkflowEnvironment third = envs.open(TestOptions.defaults());
    assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
    assertThat(started).startsWith((FakeEnvironment) first, (FakeEnvironment) second);
    envs.close();
    assertThat(started).hasSize(5).endsWith((FakeEnvironment) null);
    assertThat(started.get(3).closed).isTrue();
    assertThat(((FakeEnvironment) third).closed).isFalse();
  }
}
