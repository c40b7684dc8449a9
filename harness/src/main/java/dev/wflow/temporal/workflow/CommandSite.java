package dev.wflow.temporal.workflow;

/**
 * A Temporal command a Lua workflow issued, with the Lua line that issued it; replay maps a
 * divergence back to these.
 *
 * @param command {@code activity}, {@code timer}, {@code child}, {@code signal}, {@code version},
 *     {@code attrs}, {@code continue}
 * @param detail the activity type, timer duration, child type…
 * @param where Lua {@code file:line}
 */
public record CommandSite(String command, String detail, String where) {}
