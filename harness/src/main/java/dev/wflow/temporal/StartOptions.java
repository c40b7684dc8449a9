package dev.wflow.temporal;

import dev.wflow.temporal.activity.ActivityHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Options for one workflow start.
 *
 * <pre>{@code
 * StartOptions o = StartOptions.newBuilder()
 *     .workflowId("order-1")
 *     .handler(ActivityHandler.fixed("app:charge_payment", Map.of("id", "pay-1")))
 *     .build();
 * }</pre>
 */
public final class StartOptions {

  private final String workflowId;
  private final List<ActivityHandler> handlers;
  private final Map<String, Object> context;
  private final Duration executionTimeout;

  private StartOptions(Builder b) {
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

  /** Builder. */
  public static final class Builder {
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
