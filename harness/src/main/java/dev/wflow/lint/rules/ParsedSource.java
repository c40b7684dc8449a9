package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.suppress.LuaComment;
import dev.wflow.lua.syntax.Comment;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Span;
import java.util.List;
import java.util.regex.Pattern;

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
    String message =
        LINE_REFERENCE
            .matcher(d.message())
            .replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) + lines));
    if (source.positions().isPresent()) {
      Span at = source.span(d.line(), d.column(), d.endLine(), d.endColumn());
      return at.diagnostic(source.chunkName(), d.severity(), d.code(), d.message());
    }
    if (!source.linesKept()) {
      Span at = source.span(d.line(), d.column(), d.line(), d.column());
      return new Diagnostic(
          source.chunkName(),
          at.line(),
          at.column(),
          at.line(),
          at.column(),
          d.severity(),
          d.code(),
          d.message() + " (line " + d.line() + " of this inline code)");
    }
    // The end of a block that ends with a newline is the start of the next YAML line: point at the
    // end of the code's last line instead, where Lua would say "near <eof>".
    String[] code = source.text().split("\n", -1);
    int last = source.text().endsWith("\n") ? Math.max(1, code.length - 1) : code.length;
    int line = Math.min(d.line(), last);
    int column = d.line() > last ? code[last - 1].length() + 1 : d.column();
    int endLine = Math.min(d.endLine(), last);
    int endColumn = d.endLine() > last ? code[last - 1].length() + 1 : d.endColumn();
    Span at = source.span(line, column, endLine, endColumn);
    return new Diagnostic(
        source.chunkName(),
        at.line(),
        at.column(),
        at.endLine(),
        at.endColumn(),
        d.severity(),
        d.code(),
        message);
  }

  /**
   * "at line 3", "(line 3", "on line 3" in a message name a Lua line; inline code must name the
   * YAML line the user sees, like the position does.
   */
  private static final Pattern LINE_REFERENCE =
      Pattern.compile("(\\bat line |\\bon line |\\(line )(\\d{1,9})\\b");
}
