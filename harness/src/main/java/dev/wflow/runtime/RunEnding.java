package dev.wflow.runtime;

/**
 * Marks a Lua error that ends the whole run of the code that raised it (a test's timeout, a process
 * killed by a failed link): {@link DirectCalls} passes it on to the caller instead of turning it
 * into the called function's {@code nil, err}.
 */
public interface RunEnding {}
