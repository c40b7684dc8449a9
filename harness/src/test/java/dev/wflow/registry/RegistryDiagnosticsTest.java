package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each loading problem gives its code at the line and column of the offending node. */
class RegistryDiagnosticsTest {

  @TempDir Path dir;

  private List<String> load(String yaml) {
    return ProjectFixture.at(dir).file("src/_index.yaml", yaml).load().diagnostics().stream()
        .map(Diagnostic::headline)
        .toList();
  }

  @Test
  void badIndentation() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - name: a
                    kind: function.lua
                     source: file://a.lua
                """))
        .containsExactly(
            "src/_index.yaml:5:12: error[E101] invalid YAML: mapping values are not allowed here (check the indentation of this line)");
  }

  @Test
  void unclosedQuote() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - name: "a
                    kind: function.lua
                """))
        .containsExactly(
            "src/_index.yaml:3:11: error[E101] invalid YAML: unclosed quoted string (found unexpected end of stream)");
  }

  @Test
  void nonMappingEntry() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - just-a-string
                  - [1, 2]
                  - {name: ok, kind: temporal.client, address: "a:1"}
                """))
        .containsExactly(
            "src/_index.yaml:3:5: error[E101] entry must be a mapping with name, kind, ...; found 'just-a-string'",
            "src/_index.yaml:4:5: error[E101] entry must be a mapping with name, kind, ...; found a list");
  }

  @Test
  void entriesNotAList() {
    assertThat(load("namespace: app\nentries:\n  name: a\n"))
        .containsExactly("src/_index.yaml:3:3: error[E101] entries must be a list of entries");
  }

  @Test
  void bareListOfEntriesAsInTheDocumentationIsReported() {
    assertThat(
            load(
                """
                - name: order_workflow
                  kind: workflow.lua
                  source: file://order_workflow.lua
                """))
        .containsExactly(
            "src/_index.yaml:1:1: error[E101] this file is a bare list of entries, which wflow and"
                + " Wippy ignore; a definition file needs a top-level namespace: and the list under"
                + " entries:");
    assertThat(load("- a\n- {name: x}\n")).isEmpty(); // any other list is just another YAML file
  }

  @Test
  void misspeltEntriesKeyIsReported() {
    assertThat(load("namespace: app\nentires:\n  - {name: a, kind: temporal.client}\n"))
        .containsExactly(
            "src/_index.yaml:2:1: error[E101] unknown top-level key 'entires' (did you mean"
                + " entries:?)");
    assertThat(load("namespace: app\nsettings: {}\n")).isEmpty();
  }

  @Test
  void twoWorkflowsUnderOneTemporalTypeAreReported() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - {name: a, kind: workflow.lua, source: "return 1"}
                  - name: b
                    kind: workflow.lua
                    source: "return 1"
                    meta: {temporal: {workflow: {name: "app:a"}}}
                """))
        .containsExactly(
            "src/_index.yaml:7:40: error[E103] workflow type app:a of app:b is already the type"
                + " of app:a (src/_index.yaml:3:12); Temporal runs only one of them");
  }

  @Test
  void entriesWithoutNamespace() {
    assertThat(load("entries:\n  - {name: a, kind: x}\n"))
        .containsExactly(
            "src/_index.yaml:1:1: error[E101] definition file has entries: but no top-level namespace");
  }

  @Test
  void badNamespace() {
    assertThat(load("namespace: \"app orders\"\nentries:\n  - {name: a, kind: x}\n"))
        .containsExactly(
            "src/_index.yaml:1:12: error[E102] 'app orders' is not a valid namespace (dotted identifiers such as app.orders)");
  }

  @Test
  void missingNameAndKindAndBadName() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - kind: function.lua
                    source: "return 1"
                  - name: no_kind
                  - name: "bad name"
                    kind: function.lua
                  - name: {x: 1}
                    kind: x
                  - name: k
                    kind: [a]
                """))
        .containsExactly(
            "src/_index.yaml:3:5: error[E102] entry has no name",
            "src/_index.yaml:5:5: error[E102] entry app:no_kind has no kind",
            "src/_index.yaml:6:11: error[E102] 'bad name' is not a valid entry name (letters, digits, '_', '.', '-' expected)",
            "src/_index.yaml:8:11: error[E102] entry name must be a string",
            "src/_index.yaml:11:11: error[E102] entry app:k: kind must be a string such as workflow.lua");
  }

  @Test
  void duplicateIdsAcrossFilesAndDuplicateKeys() {
    ProjectFixture.at(dir)
        .file("src/a.yaml", "namespace: app\nentries:\n  - {name: x, kind: k}\n")
        .file("src/b/b.yaml", "namespace: app\nentries:\n  - name: x\n    kind: k\n    kind: j\n");
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "src/b/b.yaml:3:11: error[E103] duplicate entry ID app:x (first defined at src/a.yaml:3:12)",
            "src/b/b.yaml:5:5: error[E101] duplicate key 'kind' in entry");
  }

  @Test
  void filesReadInParallelReportInFileOrder() throws java.io.IOException {
    // Definition files are read in parallel; their diagnostics and duplicates must not depend on
    // which finished first.
    ProjectFixture fixture = ProjectFixture.at(dir);
    java.util.List<String> expected = new java.util.ArrayList<>();
    for (int i = 10; i < 40; i++) {
      fixture.file(
          "src/f" + i + ".yaml", "namespace: bad space\nentries:\n  - {name: a, kind: x}\n");
      expected.add(
          "src/f"
              + i
              + ".yaml:1:12: error[E102] 'bad space' is not a valid namespace (dotted identifiers"
              + " such as app.orders)");
    }
    fixture.file(
        "src/g1.yaml",
        "namespace: app\nentries:\n  - {name: same, kind: library.lua, source: 'return 1'}\n");
    fixture.file(
        "src/g2.yaml",
        "namespace: app\nentries:\n  - {name: same, kind: library.lua, source: 'return 2'}\n");
    expected.add(
        "src/g2.yaml:3:12: error[E103] duplicate entry ID app:same (first defined at"
            + " src/g1.yaml:3:12)");
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void missingSourceFile() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - name: a
                    kind: workflow.lua
                    source: file://nope.lua
                  - name: b
                    kind: library.lua
                  - name: c
                    kind: function.lua
                    source: file://
                """))
        .containsExactly(
            "src/_index.yaml:5:13: error[E104] source file not found: src/nope.lua",
            "src/_index.yaml:6:5: error[E102] entry app:b (library.lua) has no source",
            "src/_index.yaml:10:13: error[E104] source file:// names no file");
  }

  @Test
  void malformedFieldShapes() {
    assertThat(
            load(
                """
                namespace: app
                entries:
                  - name: a
                    kind: function.lua
                    source: "return 1"
                    method: [x]
                    modules: time
                    imports: [x]
                  - name: b
                    kind: function.lua
                    source: "return 1"
                    modules: [time, {a: 1}]
                    imports: {ok: "x:y", bad: "a b:c"}
                """))
        .containsExactly(
            "src/_index.yaml:6:13: error[E102] entry app:a: method must be a function name",
            "src/_index.yaml:7:14: error[E102] entry app:a: modules must be a list of names",
            "src/_index.yaml:8:14: error[E102] entry app:a: imports must map alias: ns:name",
            "src/_index.yaml:12:21: error[E102] entry app:b: module name must be a string",
            "src/_index.yaml:13:31: error[E102] import 'bad': 'a b:c' is not an entry ID");
  }

  @Test
  void lockFileProblems() {
    ProjectFixture.at(dir).file("wippy.lock", "directories:\n  src: ./nowhere\n");
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly("wippy.lock:2:8: error[E101] source directory ./nowhere does not exist");
  }

  @Test
  void lockFileSourceThatIsAFileFallsBackToTheDefaults() {
    ProjectFixture.at(dir)
        .file("src/_index.yaml", "namespace: app\nentries:\n  - {name: c, kind: temporal.client}\n")
        .file("wippy.lock", "directories:\n  src: wippy.lock\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "wippy.lock:2:8: error[E101] source directory wippy.lock is a file, not a directory");
    assertThat(load.project().entry("app:c")).isPresent();
  }

  @Test
  void lockFileSourceIsJoinedToTheLockFolderWhereverItLeads() {
    // As the platform's ResolveLockPath: `..` is valid (the lock file sits in a subfolder).
    ProjectFixture.at(dir)
        .file(
            "defs/_index.yaml", "namespace: app\nentries:\n  - {name: c, kind: temporal.client}\n")
        .file("app/wippy.lock", "directories:\n  src: ..\n");
    ProjectLoad load = Project.load(dir.resolve("app"));
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entry("app:c")).isPresent();
  }

  @Test
  void sourcesOfALockFileSourceAboveTheRootAreTheProjectsOwn() {
    // A module's test/ folder: wippy.lock there says src: .., and the sources sit beside test/.
    // The platform loads the source directory as one file system (os.DirFS), so they are inside.
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            "namespace: app\nentries:\n  - {name: lib, kind: library.lua, source: file://lib.lua}\n")
        .file("src/lib.lua", "return {}\n")
        .file("test/wippy.lock", "directories:\n  src: ..\n");
    ProjectLoad load = Project.load(dir.resolve("test"));
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entry("app:lib").flatMap(Entry::source).orElseThrow().chunkName())
        .isEqualTo("../src/lib.lua");
  }

  @Test
  void aSourceOutsideTheSourceDirectoryIsRefusedAsThePlatformDoes() {
    // os.DirFS(src) is all the platform reads file:// from: climbing out of it fails even when the
    // file is elsewhere in the project.
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            "namespace: app\nentries:\n"
                + "  - {name: lib, kind: library.lua, source: file://../shared/lib.lua}\n")
        .file("shared/lib.lua", "return {}\n");
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "src/_index.yaml:3:44: error[E104] source file shared/lib.lua is outside the source"
                + " directory src, which is all the platform reads file:// sources from");
  }

  @Test
  void emptyLockFileSourceLoadsNoApplicationSourceButItsReplacements() {
    ProjectFixture.at(dir)
        .file("src/_index.yaml", "namespace: app\nentries:\n  - {name: c, kind: temporal.client}\n")
        .file(
            "mods/lib/src/_index.yaml",
            "namespace: lib\nentries:\n  - {name: l, kind: temporal.client}\n")
        .file(
            "wippy.lock",
            "directories:\n  src: \"\"\nreplacements:\n  - {from: acme/lib, to: ./mods/lib}\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.project().entry("app:c")).isEmpty();
    assertThat(load.project().installedEntry(EntryId.parse("lib:l"))).isPresent();
    assertThat(load.diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "wippy.lock:2:8: error[E101] directories.src is empty, so no application source is"
                + " loaded: this wippy.lock gives the project nothing to run or check");
  }

  @Test
  void lockFileWhoseSourceHoldsNoDefinitionFilesIsAnError() {
    ProjectFixture.at(dir)
        .file("src/readme.txt", "x\n")
        .file("wippy.lock", "directories:\n  src: ./src\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.hasErrors()).isTrue();
    assertThat(load.isEmpty()).isFalse();
    assertThat(load.diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "wippy.lock:2:8: error[E101] no definition files under src: this wippy.lock gives the"
                + " project nothing to run or check");
  }

  @Test
  void brokenLockFileFallsBackToTheDefaults() {
    ProjectFixture.at(dir)
        .file("wippy.lock", "directories: [\n")
        .file(
            "src/_index.yaml", "namespace: app\nentries:\n  - {name: c, kind: temporal.client}\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::file)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E101", "wippy.lock"));
    assertThat(load.project().entry("app:c")).isPresent();
  }

  @Test
  void fileThatIsNotUtf8() throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir.resolve("src"));
    java.nio.file.Files.write(
        dir.resolve("src/x.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly("src/x.yaml:1:4: error[E101] file is not valid UTF-8 (byte 0xFF)");
  }
}
