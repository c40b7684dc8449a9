package dev.wflow.testing;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for the test runner's background work (waiting on runs, replay checks, closing
 * environments, watchdog timers). They are daemons: a test run that is over must end the process
 * even while a server shuts down behind it.
 *
 * <pre>{@code
 * ExecutorService waiters = Executors.newCachedThreadPool(DaemonThreads.named("wflow-test-wait"));
 * }</pre>
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  public static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
