package dev.wflow.platform;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryReach;
import dev.wflow.registry.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why the platform would refuse to load a workflow (E107): it builds every workflow with only the
 * module classes {@code deterministic} and {@code workflow} allowed, and validates every node the
 * workflow reaches, so a module without either class, listed by the workflow or by anything it
 * imports however deep, fails the load with "module does not have any allowed class". {@code wflow
 * lint}, {@code run}, {@code test} and {@code replay} all ask this one check.
 *
 * <pre>{@code
 * for (WorkflowRefusal r : WorkflowRefusal.of(project, workflow)) {
 *   System.err.println(r.diagnostic().headline());
 * }
 * }</pre>
 *
 * @param workflow the workflow refused
 * @param field where in its definition to point: {@code modules.2}, or {@code imports.db} for a
 *     module reached through that import
 * @param module the module at fault
 * @param message the explanation, starting with the platform's own words
 */
public record WorkflowRefusal(Entry workflow, String field, BuiltinModule module, String message) {

  /** The platform's message for a module a build's allowed classes exclude. */
  public static final String PLATFORM_MESSAGE = "module does not have any allowed class";

  /** Every reason to refuse {@code workflow}; empty for a sound one or an entry not a workflow. */
  public static List<WorkflowRefusal> of(Project project, Entry workflow) {
    List<WorkflowRefusal> out = new ArrayList<>();
    if (!workflow.isWorkflow()) {
      return out;
    }
    EntryReach reach = EntryReach.of(project, workflow);
    for (Map.Entry<String, List<EntryId>> listed : reach.modules().entrySet()) {
      BuiltinModules.find(listed.getKey())
          .filter(m -> !m.allowedInWorkflow())
          .ifPresent(m -> out.add(refusal(workflow, m, listed.getValue())));
    }
    return out;
  }

  /** Every refusal of every workflow of the project. */
  public static List<WorkflowRefusal> all(Project project) {
    List<WorkflowRefusal> out = new ArrayList<>();
    project.workflows().forEach(w -> out.addAll(of(project, w)));
    return out;
  }

  /** The refusal as an E107 error at {@link #field} of the workflow's definition file. */
  public Diagnostic diagnostic() {
    return workflow
        .spanOr(field)
        .diagnostic(workflow.file().displayPath(), Severity.ERROR, "E107", message);
  }

  private static WorkflowRefusal refusal(
      Entry workflow, BuiltinModule module, List<EntryId> chain) {
    String classes = module.classes().stream().sorted().collect(Collectors.joining(", "));
    String why =
        "the platform refuses workflow "
            + workflow.id()
            + ": "
            + PLATFORM_MESSAGE
            + " ("
            + module.nodeId()
            + ": "
            + classes;
    String field;
    if (chain.size() == 1) {
      field = directField(workflow, module.name());
      why += ")";
    } else {
      field = importField(workflow, chain.get(1));
      why +=
          "; listed by "
              + chain.get(chain.size() - 1)
              + ", reached through "
              + chain.stream().map(EntryId::toString).collect(Collectors.joining(" → "))
              + ")";
    }
    why += "; a workflow may only use deterministic or workflow modules: call it from an activity";
    return new WorkflowRefusal(workflow, field, module, why);
  }

  private static String directField(Entry workflow, String module) {
    int i = workflow.modules().indexOf(module);
    if (i >= 0) {
      return workflow.span("modules." + i).isPresent() ? "modules." + i : "modules";
    }
    return workflow.moduleImports().entrySet().stream()
        .filter(e -> e.getValue().equals(module))
        .map(e -> "imports." + e.getKey())
        .findFirst()
        .orElse("modules");
  }

  private static String importField(Entry workflow, EntryId first) {
    return workflow.imports().entrySet().stream()
        .filter(e -> e.getValue().equals(first))
        .map(e -> "imports." + e.getKey())
        .findFirst()
        .orElse("imports");
  }
}
