/**
 * The Wippy Lua dialect front end (SPEC §4): a hand-written lexer, a recursive-descent parser and
 * an AST in which every node and name carries its {@link dev.wflow.lua.syntax.Span}.
 *
 * <p>Entry point: {@link dev.wflow.lua.syntax.LuaParser#parse(String, String)} returns a {@link
 * dev.wflow.lua.syntax.ParseResult}: the {@link dev.wflow.lua.syntax.Node.Chunk}, P0001 diagnostics
 * (never exceptions) and every {@link dev.wflow.lua.syntax.Comment}. The node families are the
 * sealed interfaces {@link dev.wflow.lua.syntax.Stat}, {@link dev.wflow.lua.syntax.Expr} and {@link
 * dev.wflow.lua.syntax.TypeExpr}; walk them with {@link dev.wflow.lua.syntax.AstWalker} or dispatch
 * with {@link dev.wflow.lua.syntax.StatVisitor} / {@link dev.wflow.lua.syntax.ExprVisitor}. {@link
 * dev.wflow.lua.syntax.ChunkExports} tells what a chunk returns (lint code E105).
 *
 * <pre>{@code
 * ParseResult r = LuaParser.parse("src/order.lua", text);
 * new AstWalker() {
 *   @Override public Void visitCall(Expr.Call c) {
 *     if (c.callee() instanceof Expr.Field f && f.object() instanceof Expr.NameRef n
 *         && n.name().equals("os") && f.name().text().equals("time")) report(c.span());
 *     return super.visitCall(c);
 *   }
 * }.walk(r.chunk());
 * }</pre>
 */
package dev.wflow.lua.syntax;
