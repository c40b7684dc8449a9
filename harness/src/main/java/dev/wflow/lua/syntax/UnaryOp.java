package dev.wflow.lua.syntax;

/** Unary operators: {@code not}, {@code -}, {@code #} and the 5.3 bitwise {@code ~}. */
public enum UnaryOp {
  NOT("not"),
  NEG("-"),
  LEN("#"),
  BNOT("~");

  private final String symbol;

  UnaryOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
