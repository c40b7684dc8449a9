package dev.wflow.runtime;

import dev.wflow.lua.lower.DialectLoader;
import dev.wflow.lua.lower.DialectSyntaxException;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaValue;

/**
 * Compiles one Lua source into a callable chunk in a given Lua state. This is the single seam
 * between the runtime and the dialect front end: {@link #standard()} is what every sandbox uses.
 *
 * <pre>{@code
 * LuaValue chunk = ChunkLoader.standard().load(globals, "src/order.lua", source);
 * }</pre>
 */
@FunctionalInterface
public interface ChunkLoader {

  /**
   * Compiles {@code source}; {@code chunkName} is what positions in errors show.
   *
   * @throws LuaLoadException when the source does not compile
   */
  LuaValue load(Globals globals, String chunkName, String source) throws LuaLoadException;

  /** Plain Lua 5.2 through LuaJ's compiler. */
  ChunkLoader PLAIN =
      (globals, chunkName, source) -> {
        try {
          return globals.load(source, chunkName);
        } catch (org.luaj.vm2.LuaError e) {
          throw new LuaLoadException(chunkName, e.getMessage());
        }
      };

  /** The Wippy dialect (types, 5.3 operators) lowered to Lua 5.2, see {@link DialectLoader}. */
  ChunkLoader DIALECT =
      (globals, chunkName, source) -> {
        try {
          return DialectLoader.load(globals, chunkName, source);
        } catch (DialectSyntaxException e) {
          throw new LuaLoadException(chunkName, e.diagnostics());
        }
      };

  /** The loader every sandbox uses. */
  static ChunkLoader standard() {
    return DIALECT;
  }
}
