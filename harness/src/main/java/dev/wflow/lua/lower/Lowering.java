package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.Node;

/**
 * Turns a parsed Wippy-dialect chunk into Lua 5.2 source for LuaJ, keeping every token on its
 * original line so LuaJ's error messages and tracebacks name the user's lines.
 *
 * <pre>{@code
 * ParseResult r = LuaParser.parse("a.lua", "local x: integer = 7 // 2");
 * String lua = Lowering.lower(r.chunk(), source).lua();
 * // "local __wflow_ops = __wflow_ops ; local x = ( __wflow_ops.idiv ( 7 , 2 ) )"
 * }</pre>
 */
public final class Lowering {
  private Lowering() {}

  /** The lowered text and whether it calls the {@link Lua53Operators} helpers. */
  public record Result(String lua, boolean usesOperators) {
    /** Locals the lowered text declares before the user's code. */
    int prologueLocals() {
      return usesOperators ? 1 : 0;
    }
  }

  /** Lowers {@code chunk}, which must have been parsed from {@code source} without errors. */
  public static Result lower(Node.Chunk chunk, String source) {
    SourceWriter body = new SourceWriter(source.length());
    StatLowering lowering = new StatLowering(body, new SourceLines(source));
    lowering.chunk(chunk);
    if (!lowering.usesOperators) {
      return new Result(body.text(), false);
    }
    // The prologue shares line 1 with the user's first line, so no line moves.
    String prologue = "local " + ExprLowering.OPS + " = " + ExprLowering.OPS + " ; ";
    return new Result(prologue + body.text(), true);
  }
}
