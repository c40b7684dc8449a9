package dev.wflow.lua.syntax;

/** Maps the characters at the lexer's position to the longest symbol token they start. */
final class SymbolTable {
  private SymbolTable() {}

  static TokenKind match(char c, char next, char third) {
    switch (c) {
      case '+':
        return TokenKind.PLUS;
      case '-':
        return next == '>' ? TokenKind.ARROW : TokenKind.MINUS;
      case '*':
        return TokenKind.STAR;
      case '/':
        return next == '/' ? TokenKind.DSLASH : TokenKind.SLASH;
      case '%':
        return TokenKind.PERCENT;
      case '^':
        return TokenKind.CARET;
      case '#':
        return TokenKind.HASH;
      case '&':
        return TokenKind.AMP;
      case '~':
        return next == '=' ? TokenKind.NE : TokenKind.TILDE;
      case '|':
        return TokenKind.PIPE;
      case '<':
        return next == '<' ? TokenKind.SHL : next == '=' ? TokenKind.LE : TokenKind.LT;
      case '>':
        return next == '>' ? TokenKind.SHR : next == '=' ? TokenKind.GE : TokenKind.GT;
      case '=':
        return next == '=' ? TokenKind.EQ : TokenKind.ASSIGN;
      case '(':
        return TokenKind.LPAREN;
      case ')':
        return TokenKind.RPAREN;
      case '{':
        return TokenKind.LBRACE;
      case '}':
        return TokenKind.RBRACE;
      case '[':
        return TokenKind.LBRACKET;
      case ']':
        return TokenKind.RBRACKET;
      case ';':
        return TokenKind.SEMI;
      case ':':
        return next == ':' ? TokenKind.DBCOLON : TokenKind.COLON;
      case ',':
        return TokenKind.COMMA;
      case '.':
        if (next == '.') {
          return third == '.' ? TokenKind.DOTS : TokenKind.CONCAT;
        }
        return TokenKind.DOT;
      case '?':
        return TokenKind.QUESTION;
      case '!':
        return TokenKind.BANG;
      case '@':
        return TokenKind.AT;
      default:
        return null;
    }
  }
}
