package dev.wflow.debug;

import dev.wflow.temporal.ActivityAnswer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One activity call the session holds: the call as {@code pending} shows it, and the answer the
 * activity thread waits for (empty: run the project's own entry).
 */
record HeldCall(
    PendingCall call, String temporalId, CompletableFuture<Optional<ActivityAnswer>> answer) {

  boolean released() {
    return answer.isDone();
  }
}
