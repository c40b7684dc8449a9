/**
 * Runs Wippy-dialect code on LuaJ 3.0.1 (a Lua 5.2): the AST is lowered to Lua 5.2 text with every
 * token on its original line, types/casts/{@code !} erased, and the Lua 5.3 operators ({@code // %
 * & | ~ << >>}, unary {@code ~}) and callable types ({@code string(v)}, {@code integer(v)}, {@code
 * number(v)}, {@code boolean(v)}) turned into calls of {@link dev.wflow.lua.lower.Lua53Operators}.
 *
 * <p>Entry point: {@link dev.wflow.lua.lower.DialectLoader#load(org.luaj.vm2.Globals, String,
 * String)}; syntax errors come as a {@link dev.wflow.lua.lower.DialectSyntaxException} carrying
 * P0001 diagnostics.
 *
 * <p>Known limits of LuaJ values: LuaJ stores every integral number as an int or a double, so a 5.3
 * float with an integral value ({@code 3.0}, {@code -0.0}) is indistinguishable from the integer;
 * {@code //} and {@code %} treat such values as integers unless an operand is written as a float
 * literal ({@code x // 2.0}). Integers beyond 2^31 are doubles, exact up to 2^53.
 */
package dev.wflow.lua.lower;
