package dev.wflow.temporal;

import dev.wflow.temporal.history.ErrorInfo;

/**
 * The answer to an update: the value the workflow sent with {@code "ok"}, or its error ({@code
 * "error"} → kind {@code UpdateError}, {@code "nak"} → kind {@code Rejected}).
 */
public record UpdateOutcome(Object value, ErrorInfo error) {}
