package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Severity;
import java.util.HashMap;
import java.util.Map;

/** Default levels of DESIGN.md §5 until the engine's rule catalogue is merged. */
final class RuleDefaultsForTests {
  static final Map<String, Severity> DEFAULTS = new HashMap<>();

  static {
    for (String c : "P0001 E101 E102 E103 E104 E105 E106 E107 E109 E110 D101 D102 D103 D104 D105 D106 W201 A302 A303 A304 A305".split(" ")) {
      DEFAULTS.put(c, Severity.ERROR);
    }
    for (String c : "E108 D107 D109 W202 W203 W204 W206 W207 A301 A306".split(" ")) {
      DEFAULTS.put(c, Severity.WARNING);
    }
    for (String c : "D108 W205 A307".split(" ")) {
      DEFAULTS.put(c, Severity.HINT);
    }
  }

  private RuleDefaultsForTests() {}
}
