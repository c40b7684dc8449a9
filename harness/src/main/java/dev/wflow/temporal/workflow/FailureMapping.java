package dev.wflow.temporal.workflow;

import dev.wflow.runtime.WippyError;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;
import java.util.Map;

/**
 * Carries Wippy error objects across Temporal (SPEC §7): kind ↔ {@link ApplicationFailure} type,
 * non-retryable exactly when {@code retryable == false}, and the error's own JSON form as the
 * failure's first detail so that {@code retryable == nil} and {@code details} survive the trip.
 */
public final class FailureMapping {

  /** The end of the failure type of a signal whose target is gone ({@code SIGNAL_EXTERNAL_…}). */
  private static final String TARGET_NOT_FOUND = "_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND";

  private FailureMapping() {}

  /** The failure an activity or workflow raises for a Lua error object. */
  public static ApplicationFailure toFailure(WippyError error) {
    String kind = error.kind().isEmpty() ? "Internal" : error.kind();
    return ApplicationFailure.newBuilder()
        .setMessage(error.message())
        .setType(kind)
        .setNonRetryable(Boolean.FALSE.equals(error.retryable()))
        .setDetails(error.toJava())
        .build();
  }

  /**
   * A signal to or a cancel of a workflow that is not running: the platform's NotFound, not
   * retryable, with the Temporal SDK's wording.
   */
  public static WippyError unknownExternalWorkflow() {
    return WippyError.of("NotFound", "unknown external workflow execution", false, null);
  }

  /** The Lua error object for whatever a Temporal call failed with. */
  public static WippyError toError(Throwable failure) {
    Throwable t = failure;
    if (t instanceof ActivityFailure || t instanceof ChildWorkflowFailure) {
      Throwable cause = t.getCause();
      if (cause instanceof TimeoutFailure timeout) {
        return WippyError.of("Timeout", timeoutMessage(timeout), true, null);
      }
      t = cause == null ? t : cause;
    }
    if (t instanceof ApplicationFailure app && app.getType().endsWith(TARGET_NOT_FOUND)) {
      return unknownExternalWorkflow();
    }
    if (t instanceof ApplicationFailure app) {
      Map<?, ?> carried = carried(app);
      if (carried != null) {
        WippyError e = WippyError.fromJava(carried);
        return WippyError.of(app.getType(), app.getOriginalMessage(), e.retryable(), e.details());
      }
      return WippyError.of(app.getType(), app.getOriginalMessage(), !app.isNonRetryable(), null);
    }
    if (t instanceof CanceledFailure) {
      return WippyError.of("Canceled", "canceled", false, null);
    }
    if (t instanceof TimeoutFailure timeout) {
      return WippyError.of("Timeout", timeoutMessage(timeout), true, null);
    }
    String message =
        t instanceof TemporalFailure tf ? tf.getOriginalMessage() : String.valueOf(t.getMessage());
    return WippyError.of("Internal", message, null, null);
  }

  private static String timeoutMessage(TimeoutFailure timeout) {
    String type = timeout.getTimeoutType().name().replace("TIMEOUT_TYPE_", "").toLowerCase();
    Throwable last = timeout.getCause();
    String lastMessage =
        last instanceof TemporalFailure tf
            ? " (last failure: " + tf.getOriginalMessage() + ")"
            : "";
    return type.replace('_', '-') + " timeout" + lastMessage;
  }

  private static Map<?, ?> carried(ApplicationFailure app) {
    try {
      if (app.getDetails().getSize() == 0) {
        return null;
      }
      Object first = app.getDetails().get(0, Object.class);
      return first instanceof Map<?, ?> m && m.containsKey("kind") && m.containsKey("message")
          ? m
          : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
