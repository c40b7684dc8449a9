package dev.wflow.scaffold;

import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans new files plus entries added to an existing definition file, for any command that makes
 * entries ({@code wflow repl}'s {@code save test}): the same checks and the same safe edit as
 * {@code wflow new}, with nothing replaced.
 *
 * <pre>{@code
 * ScaffoldPlan plan = EntryAddition.plan(project, indexFile, List.of(testEntry), Map.of(lua, text));
 * PlanWriter.write(plan);
 * }</pre>
 */
public final class EntryAddition {

  private EntryAddition() {}

  /**
   * @throws ScaffoldException when a file or an entry of the same name exists (a {@link
   *     ScaffoldException.Kind#USAGE} whose message ends "already exists"), or the definition file
   *     cannot be read or edited safely
   */
  public static ScaffoldPlan plan(
      Project project, Path definitionFile, List<NewEntry> entries, Map<Path, String> newFiles)
      throws ScaffoldException {
    String shown = project.displayPath(definitionFile);
    String namespace =
        project.files().stream()
            .filter(f -> f.path().equals(definitionFile.toAbsolutePath().normalize()))
            .map(f -> f.namespace())
            .findFirst()
            .orElseThrow(
                () ->
                    ScaffoldException.project(shown + " is not a definition file of the project"));
    List<PlannedFile> files = new ArrayList<>();
    for (Map.Entry<Path, String> f : newFiles.entrySet()) {
      if (Files.exists(f.getKey(), LinkOption.NOFOLLOW_LINKS)) {
        throw ScaffoldException.usage(project.displayPath(f.getKey()) + " already exists");
      }
      files.add(new PlannedFile(f.getKey(), project.displayPath(f.getKey()), null, f.getValue()));
    }
    for (NewEntry e : entries) {
      if (project.entry(new EntryId(namespace, e.name())).isPresent()) {
        throw ScaffoldException.usage("entry " + namespace + ":" + e.name() + " already exists");
      }
    }
    String before;
    try {
      before = FileText.read(definitionFile);
    } catch (IOException e) {
      throw new ScaffoldException(
          ScaffoldException.Kind.IO, "cannot read " + shown + ": " + PlanWriter.reason(e), e);
    }
    String after = DefinitionFileEditor.add(shown, before, entries, Set.of());
    files.add(new PlannedFile(definitionFile, shown, before, after));
    return new ScaffoldPlan(
        project.root(),
        files,
        entries.stream().map(e -> namespace + ":" + e.name()).toList(),
        List.of());
  }
}
