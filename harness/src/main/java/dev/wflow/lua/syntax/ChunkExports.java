package dev.wflow.lua.syntax;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chunk returns, as far as can be seen without running it: the basis of lint code E105
 * ({@code method} not exported). A returned function serves any {@code method}; a returned table
 * serves the keys it is seen to get.
 *
 * <pre>{@code
 * ChunkExports ex = ChunkExports.analyze(LuaParser.parse("a.lua", src).chunk());
 * if (!ex.mayExport("main")) report("E105", ex.describe());
 * }</pre>
 *
 * @param kind what the returned value is
 * @param keys for {@link Kind#TABLE}: each known key and where it is defined
 * @param returnSpan the top-level {@code return} statement, or null when there is none
 */
public record ChunkExports(Kind kind, Map<String, Span> keys, Span returnSpan) {

  /** The shape of a chunk's first return value. */
  public enum Kind {
    /** A function: it is the entry point whatever {@code method} says. */
    FUNCTION,
    /** A table whose keys are all known. */
    TABLE,
    /** The chunk returns nothing (no top-level {@code return}, or {@code return} alone). */
    NOTHING,
    /** A literal that is neither a function nor a table ({@code return 42}). */
    VALUE,
    /** Decided at run time (a call result, a dynamically filled table, ...). */
    UNKNOWN
  }

  public ChunkExports {
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  /** False only when the chunk certainly does not export {@code method}. */
  public boolean mayExport(String method) {
    return switch (kind) {
      case FUNCTION, UNKNOWN -> true;
      case TABLE -> keys.containsKey(method);
      case NOTHING, VALUE -> false;
    };
  }

  /** A phrase for messages: "returns a table with keys: run, stop", "returns nothing", .... */
  public String describe() {
    return switch (kind) {
      case FUNCTION -> "returns a function";
      case TABLE ->
          keys.isEmpty()
              ? "returns an empty table"
              : "returns a table with keys: " + String.join(", ", keys.keySet());
      case NOTHING -> "returns nothing";
      case VALUE -> "returns a value that is neither a table nor a function";
      case UNKNOWN -> "returns a value only known at run time";
    };
  }

  /** Analyses the top level of {@code chunk}. */
  public static ChunkExports analyze(Node.Chunk chunk) {
    List<Stat> stats = chunk.block().stats();
    if (stats.isEmpty() || !(stats.get(stats.size() - 1) instanceof Stat.Return ret)) {
      return new ChunkExports(Kind.NOTHING, Map.of(), null);
    }
    if (ret.values().isEmpty()) {
      return new ChunkExports(Kind.NOTHING, Map.of(), ret.span());
    }
    return ExportTracer.trace(stats.subList(0, stats.size() - 1), ret.values().get(0), ret.span());
  }
}
