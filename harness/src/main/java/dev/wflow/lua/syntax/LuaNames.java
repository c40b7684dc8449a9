package dev.wflow.lua.syntax;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which words may be written bare in Wippy Lua, read off the lexer's own keyword list so generated
 * code (scaffolded names, debugger literals, saved tests) never disagrees with the parser.
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

  private static Set<String> texts(TokenKind from, TokenKind to) {
    return EnumSet.range(from, to).stream()
        .map(k -> k.text)
        .collect(Collectors.toUnmodifiableSet());
  }
}
