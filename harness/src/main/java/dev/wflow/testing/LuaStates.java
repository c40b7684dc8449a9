package dev.wflow.testing;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaValue;

/**
 * Where test files get their Lua: a fresh state per file with the platform's globals, modules and
 * the entry's imports (everything but {@code test}, which the runner binds), and the compiler for
 * the Wippy dialect. The runner depends on this seam only, so the runtime and the dialect parser
 * plug in without the runner knowing them.
 */
public interface LuaStates {

  /** A fresh state for one test file. */
  Globals create(TestEntry entry);

  /** Compiles the entry's source in {@code globals}; the chunk name is {@code entry.file()}. */
  LuaValue compile(Globals globals, TestEntry entry) throws ChunkSyntaxError;

  /** A test file that does not parse. */
  final class ChunkSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public ChunkSyntaxError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }
}
