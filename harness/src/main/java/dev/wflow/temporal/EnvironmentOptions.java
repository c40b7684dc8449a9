package dev.wflow.temporal;

import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.workflow.ExecutionListener;
import dev.wflow.temporal.workflow.MessageRelay;
import io.temporal.api.enums.v1.IndexedValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to set up a {@link LocalEnvironment}.
 *
 * <pre>{@code
 * EnvironmentOptions options = EnvironmentOptions.newBuilder()
 *     .skipTime(true)                                   // the default
 *     .handler(ActivityHandler.fixed("app:charge", Map.of("id", "p1")))
 *     .build();
 * EnvironmentOptions cluster = EnvironmentOptions.newBuilder()
 *     .address("localhost:7233").namespace("default").build();
 * }</pre>
 */
public final class EnvironmentOptions {

  private final boolean skipTime;
  private final String address;
  private final String namespace;
  private final List<ActivityHandler> handlers;
  private final Map<String, IndexedValueType> searchAttributes;
  private final Duration runawayLimit;
  private final Consumer<String> log;
  private final boolean registerSearchAttributesOnUse;
  private final ExecutionListener listener;
  private final MessageRelay relay;
  private final ClusterTls tls;
  private final String apiKey;
  private final Map<String, WorkerTuning> served;
  private final TaskObserver taskObserver;

  private EnvironmentOptions(Builder b) {
    this.skipTime = b.skipTime;
    this.address = b.address;
    this.namespace = b.namespace;
    this.handlers = List.copyOf(b.handlers);
    this.searchAttributes = Map.copyOf(b.searchAttributes);
    this.runawayLimit = b.runawayLimit;
    this.log = b.log;
    this.registerSearchAttributesOnUse = b.registerSearchAttributesOnUse;
    this.listener = b.listener;
    this.relay = b.relay;
    this.tls = b.tls;
    this.apiKey = b.apiKey;
    this.served = b.served == null ? null : Map.copyOf(b.served);
    this.taskObserver = b.taskObserver;
  }

  /** Where workflows' sends to regular processes go (default: nowhere, NotFound). */
  public MessageRelay relay() {
    return relay;
  }

  /** TLS to the external server, or null for plain text. */
  public ClusterTls tls() {
    return tls;
  }

  /** An API key sent to the external server with every call, or null. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The task queues to poll, each with its worker's tuning; null (the default) serves every queue
   * the project's workers name, with the SDK's defaults.
   */
  public Map<String, WorkerTuning> served() {
    return served;
  }

  /** Told of every workflow execution and activity attempt the workers run (default: none). */
  public TaskObserver taskObserver() {
    return taskObserver;
  }

  /** Told of every command, wait and close of every workflow execution (default: none). */
  public ExecutionListener listener() {
    return listener;
  }

  /**
   * Whether the in-memory server registers a search attribute the first time a workflow sets it
   * (default true); when false, only declared ones exist, as on a real cluster.
   */
  public boolean registerSearchAttributesOnUse() {
    return registerSearchAttributesOnUse;
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  public static EnvironmentOptions defaults() {
    return newBuilder().build();
  }

  /** Whether timers are skipped (in-memory server only). */
  public boolean skipTime() {
    return skipTime;
  }

  /** {@code HOST:PORT} of an external Temporal server, or null for the in-memory one. */
  public String address() {
    return address;
  }

  public String namespace() {
    return namespace;
  }

  public List<ActivityHandler> handlers() {
    return handlers;
  }

  public Map<String, IndexedValueType> searchAttributes() {
    return searchAttributes;
  }

  public Duration runawayLimit() {
    return runawayLimit;
  }

  public Consumer<String> log() {
    return log;
  }

  /** Builder; every setting has a sensible default. */
  public static final class Builder {
    private boolean skipTime = true;
    private String address;
    private String namespace = "default";
    private final List<ActivityHandler> handlers = new ArrayList<>();
    private final Map<String, IndexedValueType> searchAttributes = new LinkedHashMap<>();
    private Duration runawayLimit = Duration.ofSeconds(2);
    private Consumer<String> log = line -> {};
    private boolean registerSearchAttributesOnUse = true;
    private ExecutionListener listener = ExecutionListener.NONE;
    private MessageRelay relay = MessageRelay.NONE;

    /** Delivers workflows' sends to the node's regular processes. */
    public Builder relay(MessageRelay relay) {
      this.relay = relay;
      return this;
    }

    private ClusterTls tls;
    private String apiKey;
    private Map<String, WorkerTuning> served;
    private TaskObserver taskObserver = TaskObserver.NONE;

    /** Connects to the external server over TLS. */
    public Builder tls(ClusterTls tls) {
      this.tls = tls;
      return this;
    }

    /** Sends {@code apiKey} as the bearer token of every call to the external server. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Polls only these task queues, each with its worker's {@code worker_options} (how {@code wflow
     * worker --worker ID} serves a subset of the project).
     */
    public Builder serve(Map<String, WorkerTuning> queues) {
      this.served = new LinkedHashMap<>(queues);
      return this;
    }

    public Builder taskObserver(TaskObserver observer) {
      this.taskObserver = observer;
      return this;
    }

    /**
     * Observes every workflow execution step by step (see {@link ExecutionListener}); a second call
     * adds a second listener.
     */
    public Builder listener(ExecutionListener listener) {
      this.listener = ExecutionListener.both(this.listener, listener);
      return this;
    }

    public Builder registerSearchAttributesOnUse(boolean register) {
      this.registerSearchAttributesOnUse = register;
      return this;
    }

    public Builder skipTime(boolean skipTime) {
      this.skipTime = skipTime;
      return this;
    }

    public Builder address(String address) {
      this.address = address;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Adds an activity handler (mock) asked before the project's own activities. */
    public Builder handler(ActivityHandler handler) {
      this.handlers.add(handler);
      return this;
    }

    /** Declares a search attribute up front (registered on the in-memory server). */
    public Builder searchAttribute(String name, IndexedValueType type) {
      this.searchAttributes.put(name, type);
      return this;
    }

    /** How long Lua may run without yielding before the workflow fails (default 2 s). */
    public Builder runawayLimit(Duration limit) {
      this.runawayLimit = limit;
      return this;
    }

    /** Where workflow {@code print} output goes (default: dropped). */
    public Builder log(Consumer<String> log) {
      this.log = log;
      return this;
    }

    public EnvironmentOptions build() {
      return new EnvironmentOptions(this);
    }
  }
}
