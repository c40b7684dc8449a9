package dev.wflow.temporal;

import dev.wflow.temporal.activity.ActivityHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Options for one workflow start: wflow's own (mocks, ctx) and the platform's start option keys
 * ({@code workflow.id}, {@code workflow.id_conflict_policy}, {@code workflow.retry_policy}, …), the
 * task queue of the host that starts it, and messages sent with the start (signal-with-start).
 *
 * <pre>{@code
 * StartOptions o = StartOptions.newBuilder()
 *     .workflowId("order-1")
 *     .handler(ActivityHandler.fixed("app:charge_payment", Map.of("id", "pay-1")))
 *     .build();
 * StartOptions joined = StartOptions.newBuilder()
 *     .options(Map.of("workflow.id", "counter-1"))       // joins a running counter-1
 *     .message("increment", Map.of("amount", 4))          // signal-with-start
 *     .sender("{wflow|app.test:t.1}")
 *     .build();
 * }</pre>
 */
public final class StartOptions {

  private final String workflowId;
  private final List<ActivityHandler> handlers;
  private final Map<String, Object> context;
  private final Duration executionTimeout;
  private final Map<String, Object> options;
  private final String taskQueue;
  private final List<StartMessage> messages;
  private final String sender;

  /** A message delivered with the start, as a signal. */
  public record StartMessage(String topic, Object payload) {}

  private StartOptions(Builder b) {
    this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.options));
    this.taskQueue = b.taskQueue;
    this.messages = List.copyOf(b.messages);
    this.sender = b.sender;
    this.workflowId = b.workflowId;
    this.handlers = List.copyOf(b.handlers);
    this.context = Map.copyOf(b.context);
    this.executionTimeout = b.executionTimeout;
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  public static StartOptions defaults() {
    return newBuilder().build();
  }

  /** The workflow ID, or null for a generated one. */
  public String workflowId() {
    return workflowId;
  }

  /** Activity handlers (mocks) for this run and its children, asked first. */
  public List<ActivityHandler> handlers() {
    return handlers;
  }

  /** Values {@code ctx.get(key)} returns inside the workflow. */
  public Map<String, Object> context() {
    return context;
  }

  /** Temporal's workflow execution timeout, or null for none. */
  public Duration executionTimeout() {
    return executionTimeout;
  }

  /**
   * The platform's start option keys as given ({@code workflow.*}, {@code temporal.workflow.*}).
   */
  public Map<String, Object> options() {
    return options;
  }

  /** The task queue, or null for the one of the entry's worker. */
  public String taskQueue() {
    return taskQueue;
  }

  /** Messages sent with the start, in order; the first one with the start itself. */
  public List<StartMessage> messages() {
    return messages;
  }

  /** The pid the start and its messages come from, or null. */
  public String sender() {
    return sender;
  }

  /** Builder. */
  public static final class Builder {
    private final Map<String, Object> options = new java.util.LinkedHashMap<>();
    private String taskQueue;
    private final List<StartMessage> messages = new ArrayList<>();
    private String sender;

    /** Adds platform start options ({@code workflow.id}, …); later keys win. */
    public Builder options(Map<String, ?> platformOptions) {
      this.options.putAll(platformOptions);
      return this;
    }

    public Builder taskQueue(String taskQueue) {
      this.taskQueue = taskQueue;
      return this;
    }

    /** A message sent with the start ({@code with_message}). */
    public Builder message(String topic, Object payload) {
      this.messages.add(new StartMessage(topic, payload));
      return this;
    }

    public Builder sender(String pid) {
      this.sender = pid;
      return this;
    }

    private String workflowId;
    private final List<ActivityHandler> handlers = new ArrayList<>();
    private Map<String, Object> context = Map.of();
    private Duration executionTimeout;

    public Builder workflowId(String workflowId) {
      this.workflowId = workflowId;
      return this;
    }

    public Builder handler(ActivityHandler handler) {
      this.handlers.add(handler);
      return this;
    }

    public Builder context(Map<String, Object> context) {
      this.context = context;
      return this;
    }

    public Builder executionTimeout(Duration timeout) {
      this.executionTimeout = timeout;
      return this;
    }

    public StartOptions build() {
      return new StartOptions(this);
    }
  }
}
