/**
 * The Wippy Lua environment on LuaJ (SPEC §5–7): {@link dev.wflow.runtime.LuaSandbox} (globals,
 * {@code require}, read-only modules, time-only {@code os}), the modules that behave the same
 * everywhere ({@code json}, {@code base64}, {@code uuid}, {@code ctx}, {@code crypto}, {@code
 * errors}), Lua ⇄ JSON values ({@link dev.wflow.runtime.LuaJson}), error objects ({@link
 * dev.wflow.runtime.WippyError}), durations ({@link dev.wflow.runtime.GoDuration}), loading entries
 * ({@link dev.wflow.runtime.EntryProgram}) and the project view it runs ({@link
 * dev.wflow.runtime.LuaProject}, built from the registry by {@link dev.wflow.runtime.LuaProjects}).
 * Workflow-only modules live in {@code dev.wflow.temporal}.
 */
package dev.wflow.runtime;
