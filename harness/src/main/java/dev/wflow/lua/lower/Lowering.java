package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.ParseResult;

/**
 * Turns a parsed Wippy-dialect chunk into Lua 5.2 source for LuaJ by editing the user's text in
 * place: types, type statements, casts and {@code !} become spaces, the Lua 5.3 operators and type
 * calls become calls of {@link Lua53Operators}. Every other character keeps its position, so LuaJ
 * compiles plain Lua to the very same instructions and lines, and its error messages and tracebacks
 * name the user's lines.
 *
 * <pre>{@code
 * ParseResult r = LuaParser.parse("a.lua", "local x: integer = 7 // 2");
 * Lowering.lower(r, source).lua();
 * // "local __wflow_ops = __wflow_ops; local x          = (__wflow_ops.idiv(7 , 2))"
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

  /** Lowers a chunk that was parsed from {@code source} without errors. */
  public static Result lower(ParseResult parsed, String source) {
    SourceLines lines = new SourceLines(source);
    SourceEdits edits = new SourceEdits(source);
    Trivia trivia = new Trivia(source, lines, parsed.comments());
    DialectRewriter rewriter = new DialectRewriter(edits, trivia, source);
    rewriter.walk(parsed.chunk());
    int codeStart = 0;
    if (source.startsWith("#")) { // a shebang line: the dialect skips it, LuaJ might not
      codeStart = source.indexOf('\n') < 0 ? source.length() : source.indexOf('\n');
      edits.blank(0, codeStart);
    }
    if (rewriter.usesOperators()) {
      // On line 1 (or after the shebang), in front of everything: no line moves.
      edits.insertFirst(
          codeStart, "local " + DialectRewriter.OPS + " = " + DialectRewriter.OPS + "; ");
    }
    return new Result(edits.isEmpty() ? source : edits.apply(), rewriter.usesOperators());
  }
}
