package dev.wflow.lua.syntax;

/** The kinds of token the Wippy-dialect lexer produces. */
enum TokenKind {
  EOF("<eof>"),
  NAME("<name>"),
  NUMBER("<number>"),
  STRING("<string>"),
  /** A lexical error already reported as a diagnostic; the parser never reports it again. */
  ERROR("<error>"),
  // Lua keywords
  AND("and"),
  BREAK("break"),
  DO("do"),
  ELSE("else"),
  ELSEIF("elseif"),
  END("end"),
  FALSE("false"),
  FOR("for"),
  FUNCTION("function"),
  GOTO("goto"),
  IF("if"),
  IN("in"),
  LOCAL("local"),
  NIL("nil"),
  NOT("not"),
  OR("or"),
  REPEAT("repeat"),
  RETURN("return"),
  THEN("then"),
  TRUE("true"),
  UNTIL("until"),
  WHILE("while"),
  // Wippy's extra reserved words: not variable names, but fine as field names and table keys.
  FUN("fun"),
  INTERFACE("interface"),
  AS("as"),
  ASSERTS("asserts"),
  READONLY("readonly"),
  IS("is"),
  TYPEOF("typeof"),
  KEYOF("keyof"),
  EXTENDS("extends"),
  // symbols
  PLUS("+"),
  MINUS("-"),
  STAR("*"),
  SLASH("/"),
  DSLASH("//"),
  PERCENT("%"),
  CARET("^"),
  HASH("#"),
  AMP("&"),
  TILDE("~"),
  PIPE("|"),
  SHL("<<"),
  SHR(">>"),
  EQ("=="),
  NE("~="),
  LE("<="),
  GE(">="),
  LT("<"),
  GT(">"),
  ASSIGN("="),
  LPAREN("("),
  RPAREN(")"),
  LBRACE("{"),
  RBRACE("}"),
  LBRACKET("["),
  RBRACKET("]"),
  DBCOLON("::"),
  SEMI(";"),
  COLON(":"),
  COMMA(","),
  DOT("."),
  CONCAT(".."),
  DOTS("..."),
  ARROW("->"),
  QUESTION("?"),
  BANG("!"),
  AT("@");

  final String text;

  TokenKind(String text) {
    this.text = text;
  }

  boolean isExtraReserved() {
    return ordinal() >= FUN.ordinal() && ordinal() <= EXTENDS.ordinal();
  }

  /** Names and Wippy's extra reserved words: what may follow {@code .} or {@code :}. */
  boolean isFieldName() {
    return this == NAME || isExtraReserved();
  }
}
