package dev.wflow.registry;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a test entry ({@code function.lua} with {@code meta.type: test}) says about itself.
 *
 * @param suite {@code meta.suite}, if set
 * @param name {@code meta.name}, or the entry's name
 * @param order {@code meta.order}, if set (lower runs first)
 */
public record TestMeta(Optional<String> suite, String name, OptionalInt order) {}
