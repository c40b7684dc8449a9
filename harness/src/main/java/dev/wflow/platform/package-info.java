/**
 * What the Wippy platform gives every Lua entry, as facts both the linter and the runtime use: the
 * modules the runtime registers and their classes ({@link dev.wflow.platform.BuiltinModules}), and
 * the globals of test entries ({@link dev.wflow.platform.TestGlobals}).
 */
package dev.wflow.platform;
