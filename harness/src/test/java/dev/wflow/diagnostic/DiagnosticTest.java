package dev.wflow.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void headlineIsTheDocumentedTextFormat() {
    Diagnostic d = Diagnostic.error("E103", "src/_index.yaml", 12, 5, "duplicate entry ID app:x");
    assertThat(d.headline())
        .isEqualTo("src/_index.yaml:12:5: error[E103] duplicate entry ID app:x");
  }

  @Test
  void positionsAreClampedToOneBasedAndEndNeverBeforeStart() {
    Diagnostic d = new Diagnostic("a.lua", 0, 0, 0, 0, Severity.HINT, "W205", "m");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.endLine()).isEqualTo(1);
    assertThat(d.endColumn()).isEqualTo(1);
  }

  @Test
  void orderIsByFileThenPosition() {
    List<Diagnostic> list = new ArrayList<>();
    list.add(Diagnostic.error("X", "b.lua", 1, 1, "m"));
    list.add(Diagnostic.error("X", "a.lua", 9, 1, "m"));
    list.add(Diagnostic.error("X", "a.lua", 2, 7, "m"));
    list.sort(Diagnostic.ORDER);
    assertThat(list)
        .extracting(d -> d.file() + ":" + d.line())
        .containsExactly("a.lua:2", "a.lua:9", "b.lua:1");
  }

  @Test
  void severityThresholds() {
    assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.HINT.atLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.parse("Warning")).isEqualTo(Severity.WARNING);
  }
}
