package dev.wflow.lua.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Wippy-dialect source into {@link Tokens} and {@link Comment}s in one pass. Lexical errors
 * become {@link TokenKind#ERROR} tokens plus a message passed to {@link ErrorSink}; the lexer never
 * throws.
 */
final class Lexer {
  interface ErrorSink {
    void error(int line, int column, int endLine, int endColumn, String message);
  }

  private final char[] src;
  private final int len;
  private final ErrorSink errors;
  private final Tokens tokens;
  private final List<Comment> comments = new ArrayList<>();
  private final NameTable names = new NameTable();
  private final NameTable numerals = new NameTable();
  private final StringDecoder strings;
  private int pos;
  private int line = 1;
  private int lineStart;
  private boolean sawGotoOrLabel;

  Lexer(String source, ErrorSink errors) {
    this.src = source.toCharArray();
    this.len = src.length;
    this.errors = errors;
    this.strings = new StringDecoder(src);
    this.tokens = new Tokens(Math.max(64, len / 5));
  }

  Tokens tokens() {
    return tokens;
  }

  /** Whether a {@code goto} or {@code ::} occurred: only then do goto rules need checking. */
  boolean sawGotoOrLabel() {
    return sawGotoOrLabel;
  }

  List<Comment> comments() {
    return comments;
  }

  /** Lexes the whole source; the last token is always {@link TokenKind#EOF}. */
  Lexer run() {
    if (len > 0 && src[0] == '#') { // shebang line, as lua.c skips it
      while (pos < len && src[pos] != '\n' && src[pos] != '\r') {
        pos++;
      }
    }
    while (true) {
      skipSpace();
      if (pos >= len) {
        int col = pos - lineStart + 1;
        tokens.add(TokenKind.EOF, pos, pos, line, col, line, col, null);
        return this;
      }
      lexToken();
    }
  }

  private void skipSpace() {
    while (pos < len) {
      char c = src[pos];
      if (c == '\n' || c == '\r') {
        newline();
      } else if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B) {
        pos++;
      } else if (c == '-' && pos + 1 < len && src[pos + 1] == '-') {
        comment();
      } else {
        return;
      }
    }
  }

  /** Consumes one line break ({@code \n}, {@code \r}, {@code \r\n} or {@code \n\r}). */
  private void newline() {
    char c = src[pos++];
    if (pos < len && (src[pos] == '\n' || src[pos] == '\r') && src[pos] != c) {
      pos++;
    }
    line++;
    lineStart = pos;
  }

  private void comment() {
    int startLine = line;
    int startCol = pos - lineStart + 1;
    pos += 2;
    if (pos < len && src[pos] == '[') {
      int level = longBracketLevel(pos);
      if (level >= 0) {
        int contentStart = pos + level + 2;
        String text = longString(level, startLine, startCol, "comment");
        String body = text == null ? new String(src, contentStart, len - contentStart) : text;
        comments.add(new Comment(endSpan(startLine, startCol), body, true));
        return;
      }
    }
    int start = pos;
    while (pos < len && src[pos] != '\n' && src[pos] != '\r') {
      pos++;
    }
    comments.add(
        new Comment(
            new Span(startLine, startCol, line, Math.max(startCol, pos - lineStart)),
            new String(src, start, pos - start),
            false));
  }

  private Span endSpan(int startLine, int startCol) {
    return new Span(startLine, startCol, line, Math.max(1, pos - lineStart));
  }

  /** At a {@code [}: the level of a long bracket {@code [==[} opening here, or -1. */
  private int longBracketLevel(int at) {
    int p = at + 1;
    while (p < len && src[p] == '=') {
      p++;
    }
    return p < len && src[p] == '[' ? p - at - 1 : -1;
  }

  /**
   * Reads a long string/comment whose opening bracket starts at {@code pos}; returns its content
   * (without the first newline), or null when unfinished (reported).
   */
  private String longString(int level, int startLine, int startCol, String what) {
    pos += level + 2;
    if (pos < len && (src[pos] == '\n' || src[pos] == '\r')) {
      newline();
    }
    StringBuilder sb = null;
    int segment = pos;
    while (pos < len) {
      char c = src[pos];
      if (c == ']' && closesLongBracket(level)) {
        String body =
            sb == null
                ? new String(src, segment, pos - segment)
                : sb.append(src, segment, pos - segment).toString();
        pos += level + 2;
        return body;
      } else if (c == '\n' || c == '\r') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(src, segment, pos - segment).append('\n');
        newline();
        segment = pos;
      } else {
        pos++;
      }
    }
    errors.error(
        startLine,
        startCol,
        startLine,
        startCol,
        "unfinished long " + what + " (starting at line " + startLine + ") near <eof>");
    return null;
  }

  private boolean closesLongBracket(int level) {
    int p = pos + 1;
    for (int i = 0; i < level; i++, p++) {
      if (p >= len || src[p] != '=') {
        return false;
      }
    }
    return p < len && src[p] == ']';
  }

  private void lexToken() {
    char c = src[pos];
    int start = pos;
    int col = pos - lineStart + 1;
    if (isNameStart(c)) {
      name(start, col);
    } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < len && isDigit(src[pos + 1])) {
      number(start, col);
    } else if (c == '"' || c == '\'') {
      shortString(start, col, c);
    } else if (c == '[' && longBracketLevel(pos) >= 0) {
      int startLine = line;
      String s = longString(longBracketLevel(pos), startLine, col, "string");
      if (s == null) {
        emitAcross(TokenKind.ERROR, start, startLine, col, null);
      } else {
        emitAcross(TokenKind.STRING, start, startLine, col, s);
      }
    } else {
      symbol(start, col, c);
    }
  }

  private void emitAcross(TokenKind kind, int start, int startLine, int col, String value) {
    tokens.add(kind, start, pos, startLine, col, line, Math.max(1, pos - lineStart), value);
  }

  private void emit(TokenKind kind, int start, int col, String value) {
    tokens.add(kind, start, pos, line, col, line, col + (pos - start) - 1, value);
  }

  private void name(int start, int col) {
    pos++;
    while (pos < len && isNamePart(src[pos])) {
      pos++;
    }
    int slot = names.lookup(src, start, pos);
    sawGotoOrLabel |= names.kind(slot) == TokenKind.GOTO;
    emit(names.kind(slot), start, col, names.name(slot));
  }

  /** Reads a numeral the way Lua does (greedy), then checks it is well formed. */
  private void number(int start, int col) {
    boolean hex = src[pos] == '0' && pos + 1 < len && (src[pos + 1] == 'x' || src[pos + 1] == 'X');
    char expo1 = hex ? 'p' : 'e';
    char expo2 = hex ? 'P' : 'E';
    if (hex) {
      pos += 2;
    }
    while (pos < len) {
      char c = src[pos];
      if ((c == expo1 || c == expo2)
          && pos + 1 < len
          && (src[pos + 1] == '+' || src[pos + 1] == '-')) {
        pos += 2;
      } else if (isNamePart(c) || c == '.') {
        pos++;
      } else {
        break;
      }
    }
    if (isShortDecimal(start)) {
      emit(TokenKind.NUMBER, start, col, numerals.name(numerals.lookup(src, start, pos)));
      return;
    }
    String text = new String(src, start, pos - start);
    if (NumberLiteral.isWellFormed(text)) {
      emit(TokenKind.NUMBER, start, col, text);
    } else {
      errors.error(
          line, col, line, col + text.length() - 1, "malformed number near '" + text + "'");
      emit(TokenKind.ERROR, start, col, text);
    }
  }

  /** Plain digits that fit a long: well formed without parsing. */
  private boolean isShortDecimal(int start) {
    if (pos - start > 18) {
      return false;
    }
    for (int i = start; i < pos; i++) {
      if (!isDigit(src[i])) {
        return false;
      }
    }
    return true;
  }

  private void shortString(int start, int col, char quote) {
    int startLine = line;
    StringDecoder.Result r = strings.decode(pos, quote);
    // The decoder does not track lines; count the escaped line breaks it crossed.
    for (int p = pos; p < r.end(); p++) {
      char c = src[p];
      if (c == '\n' || c == '\r') {
        this.pos = p;
        newline();
        p = this.pos - 1;
      }
    }
    pos = r.end();
    if (r.error() != null) {
      String near = new String(src, start, Math.min(r.errorAt(), len) - start);
      errors.error(startLine, col, startLine, col, r.error() + " near '" + near + "'");
      emitAcross(TokenKind.ERROR, start, startLine, col, null);
    } else {
      emitAcross(TokenKind.STRING, start, startLine, col, r.value());
    }
  }

  private void symbol(int start, int col, char c) {
    char n = pos + 1 < len ? src[pos + 1] : '\0';
    TokenKind kind = SymbolTable.match(c, n, pos + 2 < len ? src[pos + 2] : '\0');
    if (kind == null) {
      int width = Character.isHighSurrogate(c) && Character.isLowSurrogate(n) ? 2 : 1;
      pos += width;
      String shown = shown(Character.codePointAt(src, start));
      errors.error(line, col, line, col + width - 1, "unexpected symbol near '" + shown + "'");
      emit(TokenKind.ERROR, start, col, shown);
      return;
    }
    pos += kind.text.length();
    sawGotoOrLabel |= kind == TokenKind.DBCOLON && isLabelEnd();
    emit(kind, start, col, null);
  }

  /**
   * A character as an error message shows it: control characters as Lua does ({@code <\\1>}), and
   * characters a reader cannot see (a no-break space pasted from a web page, a zero-width space) as
   * their code point, since {@code near ' '} would not say what is wrong.
   */
  private static String shown(int codePoint) {
    if (codePoint < 32 || codePoint == 127) {
      return "<\\" + codePoint + ">";
    }
    int type = Character.getType(codePoint);
    boolean invisible =
        type == Character.SPACE_SEPARATOR
            || type == Character.FORMAT
            || type == Character.CONTROL
            || type == Character.UNASSIGNED
            || type == Character.SURROGATE
            || type == Character.PRIVATE_USE;
    return invisible
        ? String.format("<U+%04X>", codePoint)
        : new String(Character.toChars(codePoint));
  }

  /** The tokens before a {@code ::} being lexed are {@code :: name}: a label. */
  private boolean isLabelEnd() {
    int n = tokens.size;
    return n >= 2
        && tokens.kinds[n - 1] == TokenKind.NAME
        && tokens.kinds[n - 2] == TokenKind.DBCOLON;
  }

  static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
