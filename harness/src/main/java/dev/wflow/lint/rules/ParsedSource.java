package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.suppress.LuaComment;
import dev.wflow.lua.syntax.Comment;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import dev.wflow.registry.LuaSource;
import java.util.List;

/**
 * One Lua source parsed once, however many entries use it, with what is needed to turn positions in
 * the code into positions in the file shown to the user (inline code sits inside YAML).
 */
record ParsedSource(LuaSource source, ParseResult result) {

  static ParsedSource parse(LuaSource source) {
    return new ParsedSource(source, LuaParser.parse(source.chunkName(), source.text()));
  }

  boolean ok() {
    return result.ok();
  }

  /** The comments, as suppressions read them. */
  List<LuaComment> comments() {
    return result.comments().stream().map(ParsedSource::toLuaComment).toList();
  }

  private static LuaComment toLuaComment(Comment c) {
    int end = c.span().endLine() == c.span().line() ? c.span().endColumn() : c.span().column() + 1;
    return new LuaComment(c.span().line(), c.span().column(), end, c.text());
  }

  /** A finding at Lua positions moved to the positions of the file that holds the code. */
  Diagnostic place(Diagnostic d) {
    if (!source.inline()) {
      return d;
    }
    int lines = source.firstLine() - 1;
    int columns = source.columnOffset();
    return new Diagnostic(
        source.chunkName(),
        d.line() + lines,
        d.column() + columns,
        d.endLine() + lines,
        d.endColumn() + columns,
        d.severity(),
        d.code(),
        d.message());
  }
}
