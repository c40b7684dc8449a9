package dev.wflow.scaffold;

import dev.wflow.registry.EntryId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code wflow init [DIR]}: plans a new project — {@code wippy.lock}, {@code src/_index.yaml} with
 * a {@code temporal.client} and a {@code temporal.worker}, {@code .wflow.yaml}, a {@code
 * .gitignore} line, and a first workflow from the {@code basic} template, which lints clean and
 * passes its test as generated.
 *
 * <pre>{@code
 * ScaffoldPlan plan = ProjectInit.plan(Path.of("shop"), "app");
 * PlanWriter.write(plan);
 * }</pre>
 */
public final class ProjectInit {

  /** The name of the first workflow. */
  public static final String FIRST_WORKFLOW = "hello_workflow";

  static final String GITIGNORE_LINE = "/.wflow/";

  private ProjectInit() {}

  public static ScaffoldPlan plan(Path dir, String namespace) throws ScaffoldException {
    if (!EntryId.isValidNamespace(namespace)) {
      throw ScaffoldException.usage(
          "'" + namespace + "' is not a namespace (dotted identifiers such as app.orders)");
    }
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw ScaffoldException.usage(dir + " is a file, not a directory");
    }
    refuseExistingProject(root, dir);
    EntryId worker = new EntryId(namespace, "worker");
    TemplateValues values = new TemplateValues(FIRST_WORKFLOW, namespace, worker.toString());
    Template basic = NewWorkflow.template("basic");

    Map<String, String> files = new LinkedHashMap<>();
    files.put("wippy.lock", "directories:\n  modules: .wippy\n  src: ./src\n");
    files.put(".wflow.yaml", WFLOW_YAML);
    basic.files(values).forEach((name, text) -> files.put("src/" + name, text));
    List<NewEntry> entries = new ArrayList<>(platformEntries(root));
    entries.addAll(basic.entries(values));
    files.put(
        "src/" + DefinitionTarget.INDEX,
        DefinitionFileEditor.add(
            "src/_index.yaml", NewWorkflow.skeleton(namespace), entries, java.util.Set.of()));

    List<PlannedFile> planned = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path path = root.resolve(f.getKey());
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw ScaffoldException.usage(
            dir
                + " already has "
                + f.getKey()
                + "; wflow init writes only new files, so start the"
                + " project in an empty directory");
      }
      planned.add(new PlannedFile(path, f.getKey(), null, f.getValue()));
    }
    gitignore(root).ifPresent(planned::add);
    List<String> ids = entries.stream().map(e -> namespace + ":" + e.name()).toList();
    return new ScaffoldPlan(
        root,
        planned,
        ids,
        List.of(
            new NextStep("test", List.of()),
            new NextStep("new", List.of("order_workflow", "--template", "saga"))));
  }

  private static void refuseExistingProject(Path root, Path shown) throws ScaffoldException {
    if (!Files.isDirectory(root)) {
      return;
    }
    for (String marker :
        List.of("wippy.lock", DefinitionTarget.INDEX, "src/" + DefinitionTarget.INDEX)) {
      if (Files.exists(root.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
        throw ScaffoldException.usage(
            shown
                + " already holds a project ("
                + marker
                + "); add a workflow to it with 'wflow new NAME'");
      }
    }
  }

  /** The client and worker every project needs; the task queue is named after the folder. */
  private static List<NewEntry> platformEntries(Path root) {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("name", "temporal_client");
    client.put("kind", "temporal.client");
    client.put("address", "localhost:7233");
    client.put("namespace", "default");
    Map<String, Object> worker = new LinkedHashMap<>();
    worker.put("name", "worker");
    worker.put("kind", "temporal.worker");
    worker.put("client", "temporal_client");
    worker.put("task_queue", taskQueue(root));
    return List.of(
        new NewEntry(
            "The Temporal cluster; `wflow test` uses its in-memory server instead of this address.",
            client),
        new NewEntry("Polls the task queue for the workflows and activities below.", worker));
  }

  static String taskQueue(Path root) {
    Path name = root.getFileName();
    String q = name == null ? "" : name.toString().replaceAll("[^A-Za-z0-9_.-]+", "-");
    q = q.replaceAll("^[-.]+|[-.]+$", "");
    return q.isEmpty() ? "main" : q;
  }

  /** A new .gitignore, or the existing one with the line added when it lacks it. */
  private static java.util.Optional<PlannedFile> gitignore(Path root) throws ScaffoldException {
    Path path = root.resolve(".gitignore");
    String comment =
        "# wflow's reports and saved histories (wflow test --junit .wflow/junit.xml)\n";
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return java.util.Optional.of(
          new PlannedFile(path, ".gitignore", null, comment + GITIGNORE_LINE + "\n"));
    }
    try {
      String before = FileText.read(path);
      try (Stream<String> lines = before.lines()) {
        if (lines.anyMatch(l -> l.strip().equals(GITIGNORE_LINE) || l.strip().equals(".wflow/"))) {
          return java.util.Optional.empty();
        }
      }
      String eol = before.contains("\r\n") ? "\r\n" : "\n";
      String sep = before.isEmpty() || before.endsWith("\n") ? "" : eol;
      return java.util.Optional.of(
          new PlannedFile(
              path,
              ".gitignore",
              before,
              before + sep + comment.replace("\n", eol) + GITIGNORE_LINE + eol));
    } catch (IOException e) {
      throw new ScaffoldException(
          ScaffoldException.Kind.IO, "cannot read .gitignore: " + PlanWriter.reason(e), e);
    }
  }

  private static final String WFLOW_YAML =
      """
      # wflow's settings for this project.
      #
      # rules:            a lint rule's level: error, warning, hint or off
      #   D107: off
      # globals: [name]   globals your code may use that wflow does not know of
      # modules: [name]   installed (non built-in) modules entries may list
      rules: {}
      """;
}
