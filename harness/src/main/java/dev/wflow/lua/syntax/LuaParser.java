package dev.wflow.lua.syntax;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses Wippy-dialect Lua (SPEC §4) into an AST with positions. Never throws on bad input: every
 * problem is a {@value #SYNTAX_ERROR} diagnostic with a Lua-style message such as {@code 'end'
 * expected (to close 'if' at line 2) near 'return'}.
 *
 * <pre>{@code
 * ParseResult r = LuaParser.parse("src/order.lua", "local x: number = 3 // 2");
 * Stat.Local decl = (Stat.Local) r.chunk().block().stats().get(0);
 * }</pre>
 */
public final class LuaParser {
  /** The diagnostic code of every syntax error (the code Wippy's own linter uses). */
  public static final String SYNTAX_ERROR = "P0001";

  private LuaParser() {}

  /** Parses source text; {@code displayName} is the file name diagnostics carry. */
  public static ParseResult parse(String displayName, String source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Lexer lexer =
        new Lexer(
            source,
            (line, col, endLine, endCol, msg) ->
                diagnostics.add(error(displayName, new Span(line, col, endLine, endCol), msg)));
    lexer.run();
    StatParser parser = new StatParser(lexer.tokens(), source, displayName, diagnostics);
    Node.Chunk chunk = parser.chunk(displayName);
    if (lexer.sawGotoOrLabel()) { // Lua 5.2's goto rules, in every function that parsed
      for (GotoChecker.Report r :
          GotoChecker.check(chunk, parser.complete(), parser.orphanFunctions())) {
        diagnostics.add(error(displayName, r.span(), r.message()));
      }
    }
    diagnostics.sort(
        Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new ParseResult(chunk, diagnostics, lexer.comments());
  }

  private static Diagnostic error(String file, Span at, String message) {
    return new Diagnostic(
        file,
        at.line(),
        at.column(),
        at.endLine(),
        at.endColumn(),
        Severity.ERROR,
        SYNTAX_ERROR,
        message);
  }

  /**
   * Parses a file's bytes: they must be UTF-8 text (an optional BOM is skipped). Binary content or
   * invalid UTF-8 is a diagnostic, not an exception.
   */
  public static ParseResult parse(String displayName, byte[] bytes) {
    SourceText.Decoded decoded = SourceText.decode(displayName, bytes);
    if (decoded.error() != null) {
      Span none = new Span(1, 1, 1, 1);
      return new ParseResult(
          new Node.Chunk(none, displayName, new Node.Block(none, List.of())),
          List.of(decoded.error()),
          List.of());
    }
    return parse(displayName, decoded.text());
  }
}
