package dev.wflow.testing;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * Where test files get their Lua: a fresh state per file with the platform's globals, modules and
 * the entry's imports, compiled with the Wippy dialect. The runner depends on this seam only, so
 * the runtime and the dialect parser plug in without the runner knowing them.
 */
public interface LuaStates {

  /** A fresh state for one test file. */
  State create(TestEntry entry);

  /** Where {@code print} goes as it happens, besides each test's captured output. */
  default java.util.function.Consumer<String> printStream() {
    return line -> {};
  }

  /** One test file's Lua state. */
  interface State {

    Globals globals();

    /**
     * Installs the entry's modules and imports ({@code testModule} for {@code wippy.test:test}),
     * compiles and runs the chunk, and returns what it exported (a function or a table).
     *
     * @throws LoadError when the source does not compile or an import cannot be resolved
     * @throws org.luaj.vm2.LuaError when the chunk raises
     */
    LuaValue load(LuaValue testModule) throws LoadError;

    /**
     * Like {@link #load(LuaValue)}; when the project vendors {@code wippy/test} (its {@code
     * wippy.test:test} library installed under {@code .wippy/}), that copy's Lua is what the entry
     * imports, with wflow's {@code additions} ({@code test.workflow}…) set on its module table.
     */
    default LuaValue load(LuaValue testModule, LuaTable additions) throws LoadError {
      return load(testModule);
    }

    /** True once {@link #load} bound the vendored {@code wippy/test} instead of wflow's module. */
    default boolean hostsFramework() {
      return false;
    }
  }

  /** A test file that could not be loaded: a syntax error, an unknown import. */
  final class LoadError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    /**
     * @param location {@code file:line} of the problem, or null
     */
    public LoadError(String message, String location) {
      super(message);
      this.location = location;
    }

    public String location() {
      return location;
    }
  }
}
