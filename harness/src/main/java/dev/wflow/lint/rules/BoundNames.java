package dev.wflow.lint.rules;

import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryKind;
import dev.wflow.registry.EntryReach;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an entry's code sees beyond the base globals, as the platform binds them: every import
 * alias and module name of everything the entry reaches ({@link EntryReach}), the globals a
 * reachable library installs on purpose ({@code _G.migration = …}, as the {@code wippy.migration}
 * DSL does while {@code define()} runs), and, for a library, the names every one of its importers
 * sees (it runs in their Lua states, so it may rely on a module all of them list).
 *
 * <pre>{@code
 * BoundNames names = BoundNames.of(project);
 * names.of(EntryId.parse("app:lib")).contains("json"); // true when every importer lists json
 * }</pre>
 */
final class BoundNames {

  /** {@code _G.name =} and {@code _G["name"] =}, matched where a word {@code _G} begins. */
  private static final Pattern G_INSTALL =
      Pattern.compile(
          "_G\\s*(?:\\.\\s*([A-Za-z_]\\w*)|\\[\\s*[\"']([A-Za-z_]\\w*)[\"']\\s*\\])\\s*=(?!=)");

  /** {@code rawset(_G, "name", …)}, matched where a word {@code rawset} begins. */
  private static final Pattern RAWSET =
      Pattern.compile("rawset\\s*\\(\\s*_G\\s*,\\s*[\"']([A-Za-z_]\\w*)[\"']");

  private final Project project;
  private final Map<EntryId, Set<String>> own = new HashMap<>();
  private final Map<EntryId, Set<String>> known = new HashMap<>();
  private final Map<EntryId, List<Entry>> importers = new HashMap<>();
  private final Map<LuaSource, Set<String>> installs = new HashMap<>();
  private final Map<EntryId, EntryReach> reaches = new HashMap<>();

  private BoundNames(Project project) {
    this.project = project;
    for (Entry e : project.entries()) {
      for (EntryId target : e.imports().values()) {
        importers.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** Computes the names of every Lua entry of {@code project}. */
  static BoundNames of(Project project) {
    BoundNames names = new BoundNames(project);
    for (Entry e : project.entries()) {
      if (e.isLua()) {
        names.known(e, new HashSet<>());
      }
    }
    return names;
  }

  /** The names {@code entry}'s code sees beyond the base globals. */
  Set<String> of(EntryId entry) {
    return known.getOrDefault(entry, Set.of());
  }

  /** What {@code entry} reaches (computed once per lint run). */
  EntryReach reach(Entry entry) {
    return reaches.computeIfAbsent(entry.id(), id -> EntryReach.of(project, entry));
  }

  private Set<String> known(Entry entry, Set<EntryId> visiting) {
    Set<String> done = known.get(entry.id());
    if (done != null) {
      return done;
    }
    Set<String> names = new HashSet<>(own(entry));
    List<Entry> users = importers.getOrDefault(entry.id(), List.of());
    if (EntryKind.LIBRARY.equals(entry.kind()) && !users.isEmpty() && visiting.add(entry.id())) {
      Set<String> common = null;
      for (Entry user : users) {
        Set<String> theirs = visiting.contains(user.id()) ? own(user) : known(user, visiting);
        if (common == null) {
          common = new HashSet<>(theirs);
        } else {
          common.retainAll(theirs);
        }
      }
      names.addAll(common);
      visiting.remove(entry.id());
    }
    known.put(entry.id(), names);
    return names;
  }

  private Set<String> own(Entry entry) {
    return own.computeIfAbsent(
        entry.id(),
        id -> {
          EntryReach reach = reach(entry);
          Set<String> names = new HashSet<>(reach.names());
          names.addAll(installs(entry));
          for (EntryId reached : reach.entries().keySet()) {
            EntryReach.lookup(project, reached).ifPresent(e -> names.addAll(installs(e)));
          }
          return names;
        });
  }

  private Set<String> installs(Entry entry) {
    if (entry.source().isEmpty()) {
      return Set.of();
    }
    return installs.computeIfAbsent(entry.source().get(), BoundNames::scan);
  }

  private static Set<String> scan(LuaSource source) {
    String text = source.text();
    if (!text.contains("_G")) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    scan(text, "_G", G_INSTALL, out);
    scan(text, "rawset", RAWSET, out);
    return out;
  }

  /**
   * Tries {@code pattern} only where {@code word} starts a word: a regex with {@code \b} searched
   * over the whole text tests the boundary at every character, which was a fifth of a lint run's
   * CPU on a large corpus.
   */
  private static void scan(String text, String word, Pattern pattern, Set<String> out) {
    Matcher m = pattern.matcher(text);
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (i > 0 && isWordChar(text.charAt(i - 1))) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null) {
            out.add(m.group(g));
          }
        }
      }
    }
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
