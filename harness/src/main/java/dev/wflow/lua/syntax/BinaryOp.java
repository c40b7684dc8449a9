package dev.wflow.lua.syntax;

/** Binary operators with their Lua 5.3 left/right priorities. */
public enum BinaryOp {
  OR("or", 1, 1),
  AND("and", 2, 2),
  LT("<", 3, 3),
  GT(">", 3, 3),
  LE("<=", 3, 3),
  GE(">=", 3, 3),
  NE("~=", 3, 3),
  EQ("==", 3, 3),
  BOR("|", 4, 4),
  BXOR("~", 5, 5),
  BAND("&", 6, 6),
  SHL("<<", 7, 7),
  SHR(">>", 7, 7),
  CONCAT("..", 9, 8),
  ADD("+", 10, 10),
  SUB("-", 10, 10),
  MUL("*", 11, 11),
  DIV("/", 11, 11),
  IDIV("//", 11, 11),
  MOD("%", 11, 11),
  POW("^", 14, 13);

  /** Priority of unary operators, between {@code * / // %} and {@code ^}. */
  public static final int UNARY_PRIORITY = 12;

  private final String symbol;
  final int left;
  final int right;

  BinaryOp(String symbol, int left, int right) {
    this.symbol = symbol;
    this.left = left;
    this.right = right;
  }

  public String symbol() {
    return symbol;
  }

  /** True for the Lua 5.3 operators LuaJ lacks ({@code // & | ~ << >>}). */
  public boolean isLua53() {
    return this == IDIV
        || this == BAND
        || this == BOR
        || this == BXOR
        || this == SHL
        || this == SHR;
  }

  static BinaryOp of(TokenKind k) {
    return switch (k) {
      case OR -> OR;
      case AND -> AND;
      case LT -> LT;
      case GT -> GT;
      case LE -> LE;
      case GE -> GE;
      case NE -> NE;
      case EQ -> EQ;
      case PIPE -> BOR;
      case TILDE -> BXOR;
      case AMP -> BAND;
      case SHL -> SHL;
      case SHR -> SHR;
      case CONCAT -> CONCAT;
      case PLUS -> ADD;
      case MINUS -> SUB;
      case STAR -> MUL;
      case SLASH -> DIV;
      case DSLASH -> IDIV;
      case PERCENT -> MOD;
      case CARET -> POW;
      default -> null;
    };
  }
}
