package dev.wflow.debug;

import dev.wflow.temporal.activity.ActivityAnswer;
import java.util.concurrent.CompletableFuture;

/**
 * One activity call the session holds: the call as {@code pending} shows it, its Temporal activity
 * ID, and the answer Temporal's asynchronous completion waits for.
 */
record HeldCall(PendingCall call, String temporalId, CompletableFuture<ActivityAnswer> answer) {

  boolean released() {
    return answer.isDone();
  }
}
