package dev.wflow.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The checks a normal {@code wflow lint} runs. */
public final class LintChecks {

  private LintChecks() {}

  /** E106, E107, E108, E109 and the required-field E102s: checks over the registry alone. */
  public static List<LintCheck> definitionChecks() {
    return List.of(new ReferenceCheck(), new ModuleCheck());
  }

  /**
   * The definition checks plus every {@link LintCheck} registered in {@code
   * META-INF/services/dev.wflow.lint.LintCheck} (the Lua rules), in class-path order.
   */
  public static List<LintCheck> standard() {
    List<LintCheck> checks = new ArrayList<>(definitionChecks());
    ServiceLoader.load(LintCheck.class, LintChecks.class.getClassLoader()).forEach(checks::add);
    return checks;
  }
}
