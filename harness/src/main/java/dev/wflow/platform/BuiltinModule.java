package dev.wflow.platform;

import java.util.Set;

/**
 * A module the Wippy runtime registers under its name (a code node {@code :name}), with the classes
 * its definition marks it with.
 *
 * <pre>{@code
 * BuiltinModules.find("sql").orElseThrow().allowedInWorkflow(); // false: storage, io, nondeterministic
 * }</pre>
 *
 * @param name the name {@code modules:} lists it under
 * @param classes its {@code Class} marks ({@code deterministic}, {@code workflow}, {@code io}, …)
 */
public record BuiltinModule(String name, Set<String> classes) {

  /**
   * The classes a workflow's modules may have: the workflow manager builds every workflow with
   * {@code WithAllowedClasses(ClassDeterministic, ClassWorkflow)}, and a module with neither makes
   * the platform refuse the workflow.
   */
  public static final Set<String> WORKFLOW_CLASSES = Set.of("deterministic", "workflow");

  public BuiltinModule {
    classes = Set.copyOf(classes);
  }

  /** True when a workflow may reach this module. */
  public boolean allowedInWorkflow() {
    return classes.stream().anyMatch(WORKFLOW_CLASSES::contains);
  }

  /** The node ID the platform names in its errors: {@code :sql}. */
  public String nodeId() {
    return ":" + name;
  }
}
