package dev.wflow.registry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded Wippy project: its definition files and their entries (SPEC §1–3).
 *
 * <pre>{@code
 * ProjectLoad load = Project.load(Path.of("examples/orders"));
 * Project project = load.project();
 * for (Entry wf : project.workflows()) {
 *   System.out.println(wf.id() + " runs " + wf.source().orElseThrow().chunkName());
 * }
 * }</pre>
 */
public final class Project {

  private final Path root;
  private final Path sourceDir;
  private final List<DefinitionFile> files;
  private final List<Entry> entries;
  private final Map<EntryId, Entry> byId = new LinkedHashMap<>();
  private final Map<EntryId, Entry> installed = new LinkedHashMap<>();

  Project(
      Path root,
      Path sourceDir,
      List<DefinitionFile> files,
      List<Entry> entries,
      List<Entry> installedEntries) {
    this.root = root;
    this.sourceDir = sourceDir;
    this.files = List.copyOf(files);
    this.entries = List.copyOf(entries);
    entries.forEach(e -> byId.put(e.id(), e));
    installedEntries.forEach(e -> installed.putIfAbsent(e.id(), e));
  }

  /**
   * An entry of an installed module ({@code directories.modules} of {@code wippy.lock}, {@code
   * .wippy} by default). These are read only so references into them resolve; they are not part of
   * {@link #entries()} and nothing checks them.
   */
  public Optional<Entry> installedEntry(EntryId id) {
    return Optional.ofNullable(installed.get(id));
  }

  /**
   * Every entry of the installed modules that no entry of the project shadows: the platform loads
   * them with the application, so its Lua can import their libraries (a vendored {@code
   * wippy/test}, a module's dependencies).
   */
  public List<Entry> installedEntries() {
    return installed.values().stream().filter(e -> !byId.containsKey(e.id())).toList();
  }

  /**
   * Loads the project at {@code root}: {@code wippy.lock} (or the defaults), every definition file
   * under the source directory, their entries. Never throws for bad input: every problem is a
   * diagnostic in the result, and the entries that could be read are still in the project.
   */
  public static ProjectLoad load(Path root) {
    return new ProjectLoader(root).load();
  }

  /** The project root (absolute, normalized). */
  public Path root() {
    return root;
  }

  /** The directory scanned for definition files. */
  public Path sourceDir() {
    return sourceDir;
  }

  /** Definition files in path order. */
  public List<DefinitionFile> files() {
    return files;
  }

  /** Every entry, in file order then document order; IDs are unique. */
  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> entry(EntryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Looks up a full {@code ns:name}; empty when malformed or absent. */
  public Optional<Entry> entry(String id) {
    return EntryId.tryParse(id).flatMap(this::entry);
  }

  public List<Entry> byKind(String kind) {
    return entries.stream().filter(e -> e.kind().equals(kind)).toList();
  }

  /** Workflow entries: {@code workflow.lua}, and {@code process.lua} with workflow meta. */
  public List<Entry> workflows() {
    return entries.stream().filter(Entry::isWorkflow).toList();
  }

  /** Workflow entries by Temporal workflow type ({@link Entry#workflowType()}). */
  public Optional<Entry> workflowByType(String type) {
    return workflows().stream().filter(e -> e.workflowType().equals(type)).findFirst();
  }

  /** Entries that are Temporal activities ({@link Entry#isActivity()}). */
  public List<Entry> activities() {
    return entries.stream().filter(Entry::isActivity).toList();
  }

  /** Test entries ({@link Entry#isTest()}). */
  public List<Entry> tests() {
    return entries.stream().filter(Entry::isTest).toList();
  }

  public List<TemporalClient> clients() {
    return entries.stream().flatMap(e -> e.temporalClient().stream()).toList();
  }

  public List<TemporalWorker> workers() {
    return entries.stream().flatMap(e -> e.temporalWorker().stream()).toList();
  }

  /** {@code path} as diagnostics show it: relative to the root, {@code /} separators. */
  public String displayPath(Path path) {
    return SourceResolver.displayPath(root, sourceDir, path.toAbsolutePath().normalize());
  }
}
