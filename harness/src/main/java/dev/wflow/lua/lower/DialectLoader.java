package dev.wflow.lua.lower;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import dev.wflow.lua.syntax.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/**
 * Loads Wippy-dialect source into LuaJ: parse, lower to Lua 5.2 line for line, compile. Compiled
 * prototypes are cached by chunk name and source text, so loading the same file again (the test
 * runner does, once per test) costs only a closure.
 *
 * <pre>{@code
 * Globals g = JsePlatform.standardGlobals();
 * LuaValue chunk = DialectLoader.load(g, "src/order.lua", "return 7 // 2");
 * chunk.call();  // 3
 * }</pre>
 */
public final class DialectLoader {
  private static final int CACHE_SIZE = 512;
  private static final Pattern LUAJ_ERROR = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL);

  /** A cache key that does not copy the source text. */
  private record Key(String chunkName, String source) {}

  private static final Map<Key, Prototype> CACHE =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Prototype> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private DialectLoader() {}

  /**
   * Parses, lowers and compiles Wippy-dialect source; installs the operator helpers into globals if
   * missing. chunkName is the path shown in errors (e.g. "src/order.lua").
   */
  public static LuaValue load(Globals globals, String chunkName, String source)
      throws DialectSyntaxException {
    Lua53Operators.install(globals);
    return new LuaClosure(prototype(chunkName, source), globals);
  }

  /** The compiled prototype of a chunk, from the cache when the same text was compiled before. */
  public static Prototype prototype(String chunkName, String source) throws DialectSyntaxException {
    Key key = new Key(chunkName, source);
    synchronized (CACHE) {
      Prototype cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Prototype compiled = compile(chunkName, source);
    synchronized (CACHE) {
      CACHE.put(key, compiled);
    }
    return compiled;
  }

  /** The Lua 5.2 text LuaJ compiles for {@code source}, for debugging and tests. */
  public static String lower(String chunkName, String source) throws DialectSyntaxException {
    return lowerChecked(chunkName, source).lua();
  }

  private static Lowering.Result lowerChecked(String chunkName, String source)
      throws DialectSyntaxException {
    ParseResult parsed = LuaParser.parse(chunkName, source);
    if (!parsed.ok()) {
      throw new DialectSyntaxException(parsed.diagnostics());
    }
    Lowering.Result lowered = Lowering.lower(parsed, source);
    LuajLimits.Violation v = LuajLimits.check(parsed.chunk(), lowered.prologueLocals());
    if (v != null) {
      Span s = v.span();
      throw new DialectSyntaxException(
          List.of(
              new Diagnostic(
                  chunkName,
                  s.line(),
                  s.column(),
                  s.endLine(),
                  s.endColumn(),
                  Severity.ERROR,
                  LuaParser.SYNTAX_ERROR,
                  v.message())));
    }
    return lowered;
  }

  private static Prototype compile(String chunkName, String source) throws DialectSyntaxException {
    String lua = lowerChecked(chunkName, source).lua();
    try {
      byte[] bytes = lua.getBytes(StandardCharsets.UTF_8);
      return LuaC.instance.compile(new ByteArrayInputStream(bytes), chunkName);
    } catch (LuaError e) {
      // What LuaJ still rejects are its own limits (upvalues, constants, nesting).
      throw new DialectSyntaxException(List.of(toDiagnostic(chunkName, e.getMessage())));
    } catch (IOException | RuntimeException e) {
      // LuaJ's compiler fails on some limits with an exception instead of an error message.
      throw new DialectSyntaxException(
          List.of(
              Diagnostic.error(
                  LuaParser.SYNTAX_ERROR,
                  chunkName,
                  1,
                  1,
                  "LuaJ cannot compile this chunk (" + e + ")")));
    }
  }

  private static Diagnostic toDiagnostic(String chunkName, String message) {
    Matcher m = LUAJ_ERROR.matcher(message == null ? "" : message);
    if (m.matches()) {
      return Diagnostic.error(
          LuaParser.SYNTAX_ERROR, chunkName, Integer.parseInt(m.group(1)), 1, m.group(2));
    }
    return Diagnostic.error(LuaParser.SYNTAX_ERROR, chunkName, 1, 1, String.valueOf(message));
  }
}
