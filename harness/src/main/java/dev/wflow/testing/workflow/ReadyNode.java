package dev.wflow.testing.workflow;

import dev.wflow.node.Node;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.testing.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A node started for a test, possibly before the test asked for it: where its workflows print and
 * which of their messages stayed unread are decided when the test takes it.
 *
 * @param node the test's emulated node (its Temporal environment, its regular processes)
 * @param unread the messages its runs left unread, for the test's warnings
 * @param prints where {@code print} of its workflows and activities goes (the running test's
 *     captured output once a test takes it)
 */
record ReadyNode(Node node, UnreadMessages unread, AtomicReference<Consumer<String>> prints) {

  /**
   * Shutting a node down mostly waits for its pollers (hundreds of milliseconds); no test or report
   * need wait for that.
   */
  private static final ExecutorService CLOSER =
      Executors.newCachedThreadPool(DaemonThreads.named("wflow-env-close"));

  static ReadyNode start(LuaProject project, boolean skipTime) {
    UnreadMessages unread = new UnreadMessages();
    AtomicReference<Consumer<String>> prints = new AtomicReference<>(line -> {});
    Node node =
        Node.start(
            project,
            EnvironmentOptions.newBuilder()
                .skipTime(skipTime)
                .listener(unread)
                .log(line -> prints.get().accept(line)));
    return new ReadyNode(node, unread, prints);
  }

  /** Stops the node and its environment, in the background. */
  void close() {
    CLOSER.execute(
        () -> {
          node.close();
          node.environment().close();
        });
  }
}
