package dev.wflow.temporal;

import dev.wflow.temporal.history.ErrorInfo;

/**
 * The answer to a call made from outside a workflow — an update, or a function entry run directly:
 * the value, or the error ({@code kind}, {@code message}).
 *
 * <p>For updates, {@code "ok"} gives the value, {@code "error"} the kind {@code UpdateError}, and
 * {@code "nak"} the kind {@code Rejected}.
 */
public record CallOutcome(Object value, ErrorInfo error) {

  public boolean ok() {
    return error == null;
  }
}
