package dev.wflow.scaffold;

import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.registry.TemporalWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code wflow new NAME}: plans a template's files and entries into an existing project. Every
 * check (name, template, worker, conflicts, the edit of the definition file) happens here, before
 * anything is written.
 *
 * <pre>{@code
 * ScaffoldPlan plan = NewWorkflow.plan(NewRequest.newBuilder(dir, "order_workflow").build());
 * PlanWriter.write(plan);
 * }</pre>
 */
public final class NewWorkflow {

  private NewWorkflow() {}

  public static ScaffoldPlan plan(NewRequest r) throws ScaffoldException {
    String nameProblem = WorkflowName.problem(r.name());
    if (nameProblem != null) {
      throw ScaffoldException.usage(nameProblem);
    }
    Template template = template(r.template());
    if (r.namespace().isPresent() && !EntryId.isValidNamespace(r.namespace().get())) {
      throw ScaffoldException.usage(
          "'"
              + r.namespace().get()
              + "' is not a namespace (dotted identifiers such as app.orders)");
    }
    ProjectLoad load = Project.load(r.project());
    Project project = load.project();
    DefinitionTarget target = DefinitionTarget.find(load, r);
    String namespace = namespace(target, r, project);
    EntryId worker = worker(project, r.worker(), namespace);
    TemplateValues values = new TemplateValues(r.name(), namespace, worker.toString());
    List<NewEntry> entries = template.entries(values);
    Path folder = target.file().getParent();
    Map<String, String> sources = template.files(values);
    Set<String> replace =
        conflicts(project, target, namespace, entries, folder, sources, r.force());

    List<PlannedFile> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path path = folder.resolve(s.getKey());
      files.add(
          new PlannedFile(path, project.displayPath(path), existing(path, project), s.getValue()));
    }
    String before = target.before() == null ? skeleton(namespace) : target.before();
    String after = DefinitionFileEditor.add(target.displayPath(), before, entries, replace);
    files.add(new PlannedFile(target.file(), target.displayPath(), target.before(), after));
    List<String> ids = entries.stream().map(e -> namespace + ":" + e.name()).toList();
    return new ScaffoldPlan(
        r.project(),
        files,
        ids,
        List.of(new NextStep("test", List.of(namespace + ":" + r.name() + "_test"))));
  }

  static Template template(String name) throws ScaffoldException {
    TemplateCatalog catalog = TemplateCatalog.builtIn();
    return catalog
        .get(name)
        .orElseThrow(
            () ->
                ScaffoldException.usage(
                    "unknown template '"
                        + name
                        + "'; the templates are "
                        + String.join(", ", catalog.names())
                        + " (wflow new --list describes them)"));
  }

  /** The text of a new definition file, before its entries are added. */
  static String skeleton(String namespace) {
    return "version: \"1.0\"\nnamespace: " + namespace + "\n\nentries:\n";
  }

  private static String namespace(DefinitionTarget target, NewRequest r, Project project)
      throws ScaffoldException {
    if (target.namespace().isPresent()) {
      String ns = target.namespace().get();
      if (r.namespace().isPresent() && !r.namespace().get().equals(ns)) {
        throw ScaffoldException.usage(
            target.displayPath()
                + " is namespace "
                + ns
                + "; entries of namespace "
                + r.namespace().get()
                + " need their own definition file: add --dir with a folder for them");
      }
      return ns;
    }
    return r.namespace()
        .or(() -> project.files().stream().map(f -> f.namespace()).findFirst())
        .orElse("app");
  }

  static EntryId worker(Project project, Optional<String> asked, String namespace)
      throws ScaffoldException {
    List<TemporalWorker> workers = project.workers();
    String listed = String.join(", ", workers.stream().map(w -> w.id().toString()).toList());
    if (asked.isPresent()) {
      Optional<EntryId> id = EntryId.resolve(asked.get(), namespace);
      if (id.isPresent() && workers.stream().anyMatch(w -> w.id().equals(id.get()))) {
        return id.get();
      }
      throw ScaffoldException.usage(
          "--worker "
              + asked.get()
              + " is no temporal.worker entry of the project"
              + (workers.isEmpty() ? " (it has none)" : "; the workers are " + listed));
    }
    if (workers.size() == 1) {
      return workers.get(0).id();
    }
    if (workers.isEmpty()) {
      throw ScaffoldException.project(
          "the project has no temporal.worker entry for the workflow to run on; add one (wflow"
              + " init writes a temporal.client and a temporal.worker)");
    }
    throw ScaffoldException.usage(
        "the project has "
            + workers.size()
            + " temporal.worker entries; pick one with --worker: "
            + listed);
  }

  /** Names taken by the new entries and files: refused, or (--force) the entries to replace. */
  private static Set<String> conflicts(
      Project project,
      DefinitionTarget target,
      String namespace,
      List<NewEntry> entries,
      Path folder,
      Map<String, String> sources,
      boolean force)
      throws ScaffoldException {
    List<String> taken = new ArrayList<>();
    Set<String> replace = new HashSet<>();
    for (NewEntry e : entries) {
      Optional<Entry> old = project.entry(new EntryId(namespace, e.name()));
      if (old.isEmpty()) {
        continue;
      }
      String where = old.get().file().displayPath() + ":" + old.get().span().line();
      if (force && old.get().file().path().equals(target.file())) {
        replace.add(e.name());
      } else if (force) {
        throw ScaffoldException.usage(
            namespace
                + ":"
                + e.name()
                + " is defined in another file ("
                + where
                + "); --force only replaces entries of "
                + target.displayPath()
                + "; choose another name");
      } else {
        taken.add("entry " + namespace + ":" + e.name() + " exists (" + where + ")");
      }
    }
    for (String file : sources.keySet()) {
      Path path = folder.resolve(file);
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(path)) {
          throw ScaffoldException.usage(
              project.displayPath(path) + " is a folder; choose another name");
        }
        if (!force) {
          taken.add("file " + project.displayPath(path) + " exists");
        }
      }
    }
    if (!taken.isEmpty()) {
      throw ScaffoldException.usage(
          "the name is taken: "
              + String.join("; ", taken)
              + ". Choose another name, or add --force to overwrite them");
    }
    return replace;
  }

  private static String existing(Path path, Project project) throws ScaffoldException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return FileText.read(path);
    } catch (IOException e) {
      throw new ScaffoldException(
          ScaffoldException.Kind.IO,
          "cannot read " + project.displayPath(path) + ": " + PlanWriter.reason(e),
          e);
    }
  }
}
