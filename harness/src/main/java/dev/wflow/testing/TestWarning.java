package dev.wflow.testing;

/**
 * Something about a test file that does not fail it but would surprise its author: tests the
 * platform never runs, an error the platform ignores.
 *
 * <pre>{@code
 * new TestWarning("2 tests in 'a > b > c' never run", "src/a_test.lua:12");
 * }</pre>
 *
 * @param message what is wrong and what the platform does about it
 * @param location Lua {@code file:line} it is about, or null when unknown
 */
public record TestWarning(String message, String location) {}
