package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.Optional;

/**
 * One finding a fixture announces with {@code -- EXPECT: CODE} (Lua) or {@code # EXPECT: CODE}
 * (YAML) on the line where the finding starts. {@code CODE@hint} also pins the severity and {@code
 * CODE[text]} requires the message to contain {@code text}.
 */
record Expectation(
    String file, int line, String code, Optional<Severity> severity, Optional<String> fragment) {

  boolean matches(Diagnostic d) {
    return d.file().equals(file)
        && d.line() == line
        && d.code().equals(code)
        && severity.map(s -> s == d.severity()).orElse(true)
        && fragment.map(f -> d.message().contains(f)).orElse(true);
  }

  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ": "
        + code
        + severity.map(s -> "@" + s.label()).orElse("")
        + fragment.map(f -> "[" + f + "]").orElse("");
  }
}
