package dev.wflow.platform;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.registry.DefinitionFile;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryReach;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.registry.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which load errors stop one workflow, as the platform sees them: it builds a workflow from the
 * workflow's own entry and every node it reaches through {@code imports}, so an error in an entry
 * nobody asked for does not stop it. {@code wflow run}, {@code test} and {@code replay} ask this
 * before they run a workflow; everything else wrong in the project is {@link #elsewhere}.
 *
 * <p>A workflow is refused for: an error inside its definition entry or an entry it reaches, an
 * error of {@code wippy.lock} (every entry depends on it), an import that names no entry, a syntax
 * error in the Lua of any of them, and a module the platform does not allow in a workflow ({@link
 * WorkflowRefusal}, E107, with the same message as {@code wflow lint}).
 *
 * <pre>{@code
 * WorkflowRefusals refusals = WorkflowRefusals.of(Project.load(dir));
 * List<Diagnostic> why = refusals.of(workflow);   // empty: the workflow can run
 * refusals.elsewhere(workflow);                   // the project's other errors, for a warning
 * }</pre>
 */
public final class WorkflowRefusals {

  private static final String LOCK_FILE = "wippy.lock";

  private final ProjectLoad load;
  private final Map<String, List<Entry>> entriesByFile = new HashMap<>();
  private final Map<EntryId, List<Diagnostic>> syntaxErrors = new ConcurrentHashMap<>();

  private WorkflowRefusals(ProjectLoad load) {
    this.load = load;
    for (Entry e : load.project().entries()) {
      entriesByFile.computeIfAbsent(e.file().displayPath(), f -> new ArrayList<>()).add(e);
    }
  }

  public static WorkflowRefusals of(ProjectLoad load) {
    return new WorkflowRefusals(load);
  }

  /** The project the refusals are about. */
  public Project project() {
    return load.project();
  }

  /** Every error that keeps {@code workflow} from loading, sorted; empty when it can run. */
  public List<Diagnostic> of(Entry workflow) {
    EntryReach reach = EntryReach.of(load.project(), workflow);
    Set<EntryId> reached = new LinkedHashSet<>();
    reached.add(workflow.id());
    reached.addAll(reach.entries().keySet());
    Set<Diagnostic> out = new LinkedHashSet<>();
    for (Diagnostic d : load.diagnostics()) {
      if (d.severity() == Severity.ERROR && blocks(d, reached)) {
        out.add(d);
      }
    }
    for (List<EntryId> chain : reach.missing()) {
      out.add(missingImport(chain));
    }
    for (EntryId id : reached) {
      EntryReach.lookup(load.project(), id).ifPresent(e -> out.addAll(syntaxErrors(e)));
    }
    WorkflowRefusal.of(load.project(), workflow).forEach(r -> out.add(r.diagnostic()));
    return out.stream().sorted(Diagnostic.ORDER).toList();
  }

  /** The load's errors that do not stop {@code workflow}: problems of entries it does not reach. */
  public List<Diagnostic> elsewhere(Entry workflow) {
    Set<Diagnostic> refusing = Set.copyOf(of(workflow));
    return load.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR && !refusing.contains(d))
        .toList();
  }

  /**
   * An error of the lock file, or one inside the definition of an entry the workflow reaches. An
   * error outside every loaded entry (a file that is not a definition file, an entry that could not
   * be read) stops the workflow only through an import of it, which is then missing.
   */
  private boolean blocks(Diagnostic d, Set<EntryId> reached) {
    if (d.file().equals(LOCK_FILE)) {
      return true;
    }
    for (Entry e : entriesByFile.getOrDefault(d.file(), List.of())) {
      if (d.line() >= e.span().line() && d.line() < e.file().itemEnd(e.span().line())) {
        return reached.contains(e.id());
      }
    }
    return false;
  }

  /** E106 at the import, in the words of {@code wflow lint}. */
  private Diagnostic missingImport(List<EntryId> chain) {
    EntryId target = chain.get(chain.size() - 1);
    Entry holder = EntryReach.lookup(load.project(), chain.get(chain.size() - 2)).orElseThrow();
    String alias =
        holder.imports().entrySet().stream()
            .filter(i -> i.getValue().equals(target))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
    DefinitionFile file = holder.file();
    return holder
        .spanOr("imports." + alias)
        .diagnostic(
            file.displayPath(),
            Severity.ERROR,
            "E106",
            "import '" + alias + "': no entry " + target);
  }

  private List<Diagnostic> syntaxErrors(Entry entry) {
    return syntaxErrors.computeIfAbsent(entry.id(), id -> parse(entry));
  }

  private static List<Diagnostic> parse(Entry entry) {
    if (entry.source().isEmpty()) {
      return List.of();
    }
    LuaSource source = entry.source().get();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : LuaParser.parse(source.chunkName(), source.text()).diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        Span at = source.span(d.line(), d.column(), d.endLine(), d.endColumn());
        out.add(at.diagnostic(source.chunkName(), Severity.ERROR, d.code(), d.message()));
      }
    }
    return out;
  }
}
