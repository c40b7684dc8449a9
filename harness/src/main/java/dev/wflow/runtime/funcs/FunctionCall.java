package dev.wflow.runtime.funcs;

import java.util.List;
import java.util.Map;

/**
 * One call of a function entry as an executor makes it.
 *
 * @param target the entry id, {@code namespace:name} (already checked)
 * @param args the arguments as plain Java values
 * @param options the executor's {@code with_options} table, or null when it was never set (the
 *     target entry's own options apply alone)
 * @param context the {@code with_context} values to lay over the caller's frame context
 */
public record FunctionCall(
    String target, List<Object> args, Map<String, Object> options, Map<String, Object> context) {}
