package dev.wflow.temporal.workflow;

import java.util.List;

/**
 * Delivers what a workflow sends to a regular (non-workflow) process of the same node, as the
 * platform's relay does ({@code routeToLocalProcess}): a test process waiting for a reply, a {@code
 * process.lua} entry. Workflows reach other workflows through Temporal signals instead.
 *
 * <pre>{@code
 * MessageRelay relay = (to, from, topic, payloads) -> node.deliver(to, from, topic, payloads);
 * EnvironmentOptions.newBuilder().relay(relay).build();
 * }</pre>
 */
@FunctionalInterface
public interface MessageRelay {

  /** A node with no regular processes: every delivery fails. */
  MessageRelay NONE = (to, from, topic, payloads) -> false;

  /**
   * Called from workflow threads once per send (never again on replay); must not block.
   *
   * @return false when no process has pid {@code to}
   */
  boolean deliver(String to, String from, String topic, List<Object> payloads);
}
