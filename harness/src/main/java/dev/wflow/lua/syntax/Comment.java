package dev.wflow.lua.syntax;

/**
 * A comment and where it is. {@code text} is what follows {@code --} (for a block comment, what is
 * between the long brackets), so a suppression reads {@code " wflow:ignore D101 reason"}.
 *
 * <pre>{@code
 * for (Comment c : result.comments()) if (c.text().strip().startsWith("wflow:ignore")) ...
 * }</pre>
 */
public record Comment(Span span, String text, boolean block) {}
