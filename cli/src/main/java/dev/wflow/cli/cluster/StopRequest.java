package dev.wflow.cli.cluster;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * SIGINT (Ctrl-C) and SIGTERM as a request to stop, for commands that serve until asked to stop.
 * Handling the signals, rather than letting the JVM run its shutdown hooks, lets the command shut
 * down in order and end with its own exit code (0 after a graceful stop, not 130 or 143).
 */
final class StopRequest {

  private final CountDownLatch requested = new CountDownLatch(1);
  private volatile String signal;

  private StopRequest() {}

  /** Starts listening for SIGINT and SIGTERM. */
  static StopRequest onSignals() {
    StopRequest stop = new StopRequest();
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(
            new Signal(name),
            s -> {
              if (stop.requested.getCount() == 0) {
                // A second Ctrl-C while stopping: the user does not want to wait.
                Runtime.getRuntime().halt(130);
              }
              stop.signal = "SIG" + s.getName();
              stop.requested.countDown();
            });
      } catch (IllegalArgumentException e) {
        // A platform without this signal (SIGTERM on some Windows JVMs): Ctrl-C still works.
      }
    }
    return stop;
  }

  /** Blocks until a stop is requested; returns the signal's name. */
  String await() throws InterruptedException {
    requested.await();
    return signal;
  }

  /** Waits up to {@code timeout}; true when a stop was requested. */
  boolean await(Duration timeout) throws InterruptedException {
    return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
