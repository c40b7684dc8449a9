package dev.wflow.runtime;

import java.util.Map;
import java.util.function.Function;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Loads a Lua entry into a sandbox and finds its entry point (SPEC §3): the chunk runs once; if it
 * returns a function that is the entry point, if it returns a table {@code table[method]} is.
 * Imports ({@code imports: {alias: ns:name}}) become globals before the chunk runs.
 *
 * <pre>{@code
 * LuaValue main = EntryProgram.load(sandbox, project, entry, id -> null);
 * LuaValue result = main.call(LuaJson.toLua(input));
 * }</pre>
 */
public final class EntryProgram {

  /** What the caller adds to import resolution. */
  public interface Imports {
    /** A value for an import target that is not a project entry, or null to load the entry. */
    LuaValue builtin(String id);

    /** What the import of library {@code id} binds, given what the library's chunk returned. */
    default LuaValue loaded(String id, LuaValue exported) {
      return exported;
    }
  }

  private EntryProgram() {}

  /** {@link #loadWithImports} with built-in values only. */
  public static LuaValue load(
      LuaSandbox sandbox,
      LuaProject project,
      LuaEntry entry,
      Function<String, LuaValue> builtinImports)
      throws LuaLoadException {
    return loadWithImports(
        sandbox, project, entry, id -> builtinImports == null ? null : builtinImports.apply(id));
  }

  /**
   * @param builtinImports values for import targets that are not project entries (the {@code
   *     wippy.test:test} module), or null when unknown
   * @return the entry-point function
   * @throws LuaLoadException for a syntax error, a failing chunk, a missing method or import
   */
  public static LuaValue loadWithImports(
      LuaSandbox sandbox, LuaProject project, LuaEntry entry, Imports builtinImports)
      throws LuaLoadException {
    // Every context's security reads the running code's ctx and the project's policies.
    sandbox.provide(
        "security",
        dev.wflow.runtime.security.SecurityModule.create(sandbox.host(), project.policies()));
    sandbox.install(entry.modules());
    installImports(sandbox, project, entry, builtinImports);
    LuaValue exported = run(sandbox, entry);
    if (exported.isfunction()) {
      return exported;
    }
    if (exported.istable()) {
      LuaValue fn = exported.get(entry.method());
      if (fn.isfunction()) {
        return fn;
      }
    }
    throw new LuaLoadException(
        entry.chunkName(),
        entry.chunkName()
            + ": entry "
            + entry.id()
            + " does not export a function '"
            + entry.method()
            + "' (the chunk returned "
            + exported.typename()
            + ")");
  }

  private static LuaValue run(LuaSandbox sandbox, LuaEntry entry) throws LuaLoadException {
    LuaValue chunk = sandbox.load(entry.chunkName(), entry.source());
    try {
      return chunk.call();
    } catch (LuaError e) {
      throw new LuaLoadException(entry.chunkName(), WippyError.fromRaised(e).message());
    }
  }

  private static void installImports(
      LuaSandbox sandbox, LuaProject project, LuaEntry entry, Imports builtinImports)
      throws LuaLoadException {
    for (Map.Entry<String, String> imp : entry.imports().entrySet()) {
      if (imp.getValue().startsWith(":")) {
        sandbox.global(imp.getKey(), sandbox.module(imp.getValue().substring(1)));
        continue;
      }
      String target =
          imp.getValue().contains(":") ? imp.getValue() : entry.namespace() + ":" + imp.getValue();
      LuaValue builtin = builtinImports.builtin(target);
      if (builtin != null) {
        sandbox.global(imp.getKey(), builtin);
        continue;
      }
      LuaEntry library =
          project
              .entry(target)
              .orElseThrow(
                  () ->
                      new LuaLoadException(
                          entry.chunkName(),
                          entry.chunkName()
                              + ": import '"
                              + imp.getKey()
                              + "' names unknown entry "
                              + target));
      sandbox.install(library.modules());
      installImports(sandbox, project, library, builtinImports);
      sandbox.global(imp.getKey(), builtinImports.loaded(target, run(sandbox, library)));
    }
  }
}
