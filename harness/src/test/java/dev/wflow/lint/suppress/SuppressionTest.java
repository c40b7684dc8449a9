package dev.wflow.lint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static final Set<String> CODES = Set.of("D101", "D102", "W202");

  private static LuaComment comment(int line, String body) {
    return new LuaComment(line, 5, 5 + body.length() + 1, body);
  }

  @Test
  void parsesCodesAndReason() {
    SuppressionScanner.Scan scan =
        SuppressionScanner.scan(
            "a.lua",
            List.of(
                comment(1, " wflow:ignore D101, D102 replay-safe here"),
                comment(2, " wflow:ignore-file W202"),
                comment(3, " an ordinary comment")),
            CODES::contains);
    assertThat(scan.problems()).isEmpty();
    assertThat(scan.suppressions()).hasSize(2);
    assertThat(scan.suppressions().get(0).codes()).containsExactly("D101", "D102");
    assertThat(scan.suppressions().get(0).reason()).isEqualTo("replay-safe here");
    assertThat(scan.suppressions().get(1).fileWide()).isTrue();
  }

  @Test
  void reportsMalformedAndUnknown() {
    SuppressionScanner.Scan scan =
        SuppressionScanner.scan(
            "a.lua",
            List.of(
                comment(1, " wflow:ignore"),
                comment(2, " wflow:ignore d101 lower case"),
                comment(3, " wflow:ignore X999 unknown"),
                comment(4, " wflow:silence D101")),
            CODES::contains);
    assertThat(scan.suppressions()).isEmpty();
    assertThat(scan.problems())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "W207"),
            org.assertj.core.groups.Tuple.tuple(2, "W207"),
            org.assertj.core.groups.Tuple.tuple(3, "W207"),
            org.assertj.core.groups.Tuple.tuple(4, "W207"));
  }

  @Test
  void silencesThisAndNextLineAndReportsUnused() {
    SuppressionScanner.Scan scan =
        SuppressionScanner.scan(
            "a.lua",
            List.of(comment(3, " wflow:ignore D101 r"), comment(9, " wflow:ignore D102 r")),
            CODES::contains);
    List<Diagnostic> findings =
        List.of(
            Diagnostic.error("D101", "a.lua", 3, 1, "x"),
            Diagnostic.error("D101", "a.lua", 4, 1, "y"),
            Diagnostic.error("D101", "a.lua", 5, 1, "z"));
    List<Diagnostic> kept = SuppressionFilter.apply("a.lua", scan.suppressions(), findings);
    assertThat(kept)
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, "D101"),
            org.assertj.core.groups.Tuple.tuple(9, "W206"));
  }
}
