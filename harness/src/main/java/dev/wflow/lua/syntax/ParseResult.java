package dev.wflow.lua.syntax;

import dev.wflow.diagnostic.Diagnostic;
import java.util.List;

/**
 * What {@link LuaParser} found: the AST (always present; statements that failed to parse are left
 * out), the P0001 diagnostics in source order, and every comment.
 *
 * <pre>{@code
 * ParseResult r = LuaParser.parse("src/order.lua", text);
 * if (!r.ok()) r.diagnostics().forEach(d -> System.err.println(d.headline()));
 * }</pre>
 */
public record ParseResult(Node.Chunk chunk, List<Diagnostic> diagnostics, List<Comment> comments) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
    comments = List.copyOf(comments);
  }

  /** True when there is no syntax error. */
  public boolean ok() {
    return diagnostics.isEmpty();
  }
}
