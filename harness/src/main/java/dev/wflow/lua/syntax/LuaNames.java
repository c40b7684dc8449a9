package dev.wflow.lua.syntax;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How names and strings are written in Wippy Lua: which words may stand bare (read off the lexer's
 * own keyword list) and how a string is quoted, so generated code (the lowering, scaffolded names,
 * debugger literals, saved tests) never disagrees with the parser.
 */
public final class LuaNames {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Set<String> LUA_KEYWORDS = texts(TokenKind.AND, TokenKind.WHILE);

  /** The dialect's extra reserved words: not variable names, but fine as field names. */
  private static final Set<String> DIALECT_WORDS = texts(TokenKind.FUN, TokenKind.EXTENDS);

  private LuaNames() {}

  /** Letters, digits and '_', not starting with a digit. */
  public static boolean isIdentifier(String s) {
    return IDENTIFIER.matcher(s).matches();
  }

  /** True for {@code t.s} and {@code {s = …}}: an identifier that is not a Lua keyword. */
  public static boolean isFieldName(String s) {
    return isIdentifier(s) && !LUA_KEYWORDS.contains(s);
  }

  /** True when {@code s} is a Lua keyword or one of the dialect's reserved words. */
  public static boolean isReserved(String s) {
    return LUA_KEYWORDS.contains(s) || DIALECT_WORDS.contains(s);
  }

  /** {@code value} as a double-quoted Lua string literal on one line. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 32 || c == 127) {
            out.append(String.format("\\%03d", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Set<String> texts(TokenKind from, TokenKind to) {
    return EnumSet.range(from, to).stream()
        .map(k -> k.text)
        .collect(Collectors.toUnmodifiableSet());
  }
}
