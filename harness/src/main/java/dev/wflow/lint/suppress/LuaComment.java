package dev.wflow.lint.suppress;

/**
 * A comment of a Lua file as suppressions need it: where it starts and its text without the {@code
 * --} (and without the brackets of a long comment).
 *
 * @param line 1-based line of the {@code --}
 * @param column 1-based column of the {@code --}
 * @param endColumn 1-based column of the comment's last character on its first line
 * @param body the text after {@code --}
 */
public record LuaComment(int line, int column, int endColumn, String body) {}
