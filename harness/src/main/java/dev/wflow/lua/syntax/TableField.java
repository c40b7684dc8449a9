package dev.wflow.lua.syntax;

/**
 * One entry of a table constructor: {@code v} ({@link Item}), {@code k = v} ({@link Named}) or
 * {@code [k] = v} ({@link Keyed}).
 */
public sealed interface TableField extends Node {
  Expr value();

  record Item(Span span, Expr value) implements TableField {}

  record Named(Span span, Node.Name key, Expr value) implements TableField {}

  record Keyed(Span span, Expr key, Expr value) implements TableField {}
}
