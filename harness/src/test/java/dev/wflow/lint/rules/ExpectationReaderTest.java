package dev.wflow.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationReaderTest {

  @Test
  void readsCodesSeveritiesAndFragmentsOnTheirLines() {
    String lua =
        "local a = 1\n"
            + "local t = os.time() -- EXPECT: D101 W202@hint\n"
            + "x() -- EXPECT: W201[declared later at line 4], D106\n"
            + "-- EXPECT: nothing here\n";
    List<Expectation> found = ExpectationReader.read("a.lua", lua);
    assertThat(found)
        .containsExactly(
            new Expectation("a.lua", 2, "D101", Optional.empty(), Optional.empty()),
            new Expectation("a.lua", 2, "W202", Optional.of(Severity.HINT), Optional.empty()),
            new Expectation(
                "a.lua", 3, "W201", Optional.empty(), Optional.of("declared later at line 4")),
            new Expectation("a.lua", 3, "D106", Optional.empty(), Optional.empty()));
  }

  @Test
  void readsYamlComments() {
    List<Expectation> found =
        ExpectationReader.read("_index.yaml", "modules:\n  - json # EXPECT: W205\n");
    assertThat(found)
        .extracting(Expectation::line, Expectation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "W205"));
  }
}
