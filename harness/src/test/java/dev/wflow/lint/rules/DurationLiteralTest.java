package dev.wflow.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationLiteralTest {

  @ParameterizedTest
  @ValueSource(strings = {"1h30m", "500ms", "1.5s", "0", "-2m", "10us", "3ns", "1h0m0.5s", ".5s"})
  void goDurationsAreValid(String text) {
    assertThat(DurationLiteral.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "soon", "", "5", "1 h", "2 days", "1h30", "ms", "."})
  void othersAreNot(String text) {
    assertThat(DurationLiteral.isValid(text)).isFalse();
  }
}
