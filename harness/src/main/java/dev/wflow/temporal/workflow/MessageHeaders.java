package dev.wflow.temporal.workflow;

import dev.wflow.runtime.security.SecurityContext;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.EncodedValues;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What travels in Temporal headers, as on the platform: the sender pid of a signal (so {@code
 * msg:from()} can be answered) and the frame context ({@code ctx}) on every start, activity, child
 * workflow, signal and continue-as-new. Interceptors on the client and the worker put them in and
 * take them out; nothing of it shows in payloads. Except on Temporal's in-memory test server, which
 * drops the headers of signals (its WorkflowExecutionSignaled events have none): there the sender
 * also travels as one extra, last signal payload {@code {"wippy-from": pid}}, which the worker side
 * takes off again, so that {@code msg:from()} works (and replays) in {@code wflow test} too.
 *
 * <pre>{@code
 * WorkflowClientOptions.newBuilder().setInterceptors(MessageHeaders.client());
 * WorkerFactoryOptions.newBuilder().setWorkerInterceptors(MessageHeaders.worker());
 * MessageHeaders.sending("{wflow|app.test:t.1}", Map.of(), () -> { stub.signal("go", data); return null; });
 * }</pre>
 */
public final class MessageHeaders {

  /** The sender pid of a signal. */
  public static final String FROM = "wippy-from";

  /** The frame context, a JSON object. */
  public static final String CONTEXT = "wippy-ctx";

  private static final ThreadLocal<String> OUTGOING_FROM = new ThreadLocal<>();
  private static final ThreadLocal<Map<String, Object>> OUTGOING_CONTEXT = new ThreadLocal<>();
  private static final ThreadLocal<String> INCOMING_FROM = new ThreadLocal<>();
  private static final ThreadLocal<Map<String, Object>> INCOMING_CONTEXT = new ThreadLocal<>();

  private MessageHeaders() {}

  /**
   * Runs {@code call} (a client start or signal, or a workflow's signal to another workflow) with
   * {@code from} and {@code context} put in the headers of what it sends.
   */
  public static <T> T sending(String from, Map<String, Object> context, Supplier<T> call) {
    String previousFrom = OUTGOING_FROM.get();
    Map<String, Object> previousContext = OUTGOING_CONTEXT.get();
    OUTGOING_FROM.set(from);
    OUTGOING_CONTEXT.set(context);
    try {
      return call.get();
    } finally {
      OUTGOING_FROM.set(previousFrom);
      OUTGOING_CONTEXT.set(previousContext);
    }
  }

  /** The sender of the signal being delivered on this thread, or null. */
  static String incomingFrom() {
    return INCOMING_FROM.get();
  }

  /**
   * The context the workflow starting on this thread, or the activity running on it, was given
   * (empty when none).
   */
  public static Map<String, Object> incomingContext() {
    Map<String, Object> ctx = INCOMING_CONTEXT.get();
    return ctx == null ? Map.of() : ctx;
  }

  /** The client side for a real cluster. */
  public static WorkflowClientInterceptorBase client() {
    return client(false);
  }

  /** The worker side for a real cluster (and replays, which only read). */
  public static WorkerInterceptorBase worker() {
    return worker(false);
  }

  /**
   * The client side: starts and signals carry the current sender and context.
   *
   * @param senderInPayload also send the sender as a last payload (in-memory server)
   */
  public static WorkflowClientInterceptorBase client(boolean senderInPayload) {
    return new WorkflowClientInterceptorBase() {
      @Override
      public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
          WorkflowClientCallsInterceptor next) {
        return new WorkflowClientCallsInterceptorBase(next) {
          @Override
          public WorkflowStartOutput start(WorkflowStartInput input) {
            putOutgoing(input.getHeader(), false);
            return super.start(input);
          }

          @Override
          public WorkflowSignalOutput signal(WorkflowSignalInput input) {
            putOutgoing(input.getHeader(), true);
            if (senderInPayload && OUTGOING_FROM.get() != null) {
              input =
                  new WorkflowSignalInput(
                      input.getWorkflowExecution(),
                      input.getSignalName(),
                      input.getHeader(),
                      withSender(input.getArguments(), OUTGOING_FROM.get()));
            }
            return super.signal(input);
          }

          @Override
          public WorkflowSignalWithStartOutput signalWithStart(WorkflowSignalWithStartInput input) {
            putOutgoing(input.getWorkflowStartInput().getHeader(), true);
            if (OUTGOING_FROM.get() != null) {
              // A signal-with-start's signal has no header of its own on any server.
              input =
                  new WorkflowSignalWithStartInput(
                      input.getWorkflowStartInput(),
                      input.getSignalName(),
                      withSender(input.getSignalArguments(), OUTGOING_FROM.get()));
            }
            return super.signalWithStart(input);
          }
        };
      }
    };
  }

  /**
   * The worker side: what comes in is made available; what a workflow sends carries its own.
   *
   * @param senderInPayload a workflow's signals also carry its pid as a last payload (in-memory)
   */
  public static WorkerInterceptorBase worker(boolean senderInPayload) {
    return new WorkerInterceptorBase() {
      @Override
      public WorkflowInboundCallsInterceptor interceptWorkflow(
          WorkflowInboundCallsInterceptor next) {
        return new Inbound(next, senderInPayload);
      }

      @Override
      public ActivityInboundCallsInterceptor interceptActivity(
          ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
          @Override
          public ActivityOutput execute(ActivityInput input) {
            INCOMING_CONTEXT.set(context(input.getHeader()));
            try {
              return super.execute(input);
            } finally {
              INCOMING_CONTEXT.remove();
            }
          }
        };
      }
    };
  }

  /** One per workflow execution: keeps the execution's context for everything it sends. */
  private static final class Inbound extends WorkflowInboundCallsInterceptorBase {
    private Map<String, Object> context = Map.of();
    private final boolean senderInPayload;

    Inbound(WorkflowInboundCallsInterceptor next, boolean senderInPayload) {
      super(next);
      this.senderInPayload = senderInPayload;
    }

    @Override
    public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
      super.init(new Outbound(outboundCalls, () -> context, senderInPayload));
    }

    @Override
    public WorkflowOutput execute(WorkflowInput input) {
      context = context(input.getHeader());
      INCOMING_CONTEXT.set(context);
      try {
        return super.execute(input);
      } finally {
        INCOMING_CONTEXT.remove();
      }
    }

    @Override
    public void handleSignal(SignalInput input) {
      Payload from = input.getHeader().getValues().get(FROM);
      String sender = from == null ? null : decode(from, String.class);
      Object[] args = input.getArguments();
      String carried = carriedSender(args);
      if (carried != null) {
        sender = sender == null ? carried : sender;
        if (!(args[0] instanceof EncodedValues)) {
          input =
              new SignalInput(
                  input.getSignalName(),
                  java.util.Arrays.copyOf(args, args.length - 1),
                  input.getEventId(),
                  input.getHeader());
        }
      }
      INCOMING_FROM.set(sender);
      try {
        super.handleSignal(input);
      } finally {
        INCOMING_FROM.remove();
      }
    }
  }

  private static final class Outbound extends WorkflowOutboundCallsInterceptorBase {
    private final Supplier<Map<String, Object>> context;
    private final boolean senderInPayload;

    Outbound(
        WorkflowOutboundCallsInterceptor next,
        Supplier<Map<String, Object>> context,
        boolean senderInPayload) {
      super(next);
      this.context = context;
      this.senderInPayload = senderInPayload;
    }

    @Override
    public <R> ActivityOutput<R> executeActivity(ActivityInput<R> input) {
      // A funcs executor's with_context values ride on top of the workflow's context.
      Map<String, Object> outgoing = OUTGOING_CONTEXT.get();
      put(input.getHeader(), CONTEXT, outgoing != null ? outgoing : context.get());
      return super.executeActivity(input);
    }

    @Override
    public <R> ChildWorkflowOutput<R> executeChildWorkflow(ChildWorkflowInput<R> input) {
      put(input.getHeader(), CONTEXT, context.get());
      return super.executeChildWorkflow(input);
    }

    @Override
    public SignalExternalOutput signalExternalWorkflow(SignalExternalInput input) {
      put(input.getHeader(), CONTEXT, context.get());
      String from = OUTGOING_FROM.get();
      if (from != null) {
        input.getHeader().getValues().put(FROM, encode(from));
        if (senderInPayload) {
          input =
              new SignalExternalInput(
                  input.getExecution(),
                  input.getSignalName(),
                  input.getHeader(),
                  withSender(input.getArgs(), from));
        }
      }
      return super.signalExternalWorkflow(input);
    }

    @Override
    public void continueAsNew(ContinueAsNewInput input) {
      put(input.getHeader(), CONTEXT, context.get());
      super.continueAsNew(input);
    }
  }

  /** The signal's arguments with the sender payload appended. */
  private static Object[] withSender(Object[] args, String from) {
    Object[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = Map.of(FROM, from);
    return out;
  }

  /**
   * The sender a last {@code {"wippy-from": pid}} payload carries, or null. A dynamic signal
   * handler's arguments come as one {@link EncodedValues}.
   */
  static String carriedSender(Object[] args) {
    if (args.length == 1 && args[0] instanceof EncodedValues values && values.getSize() > 0) {
      try {
        return senderOf(values.get(values.getSize() - 1, Object.class));
      } catch (RuntimeException e) {
        return null; // a payload of another shape: no sender rides along
      }
    }
    return args.length == 0 ? null : senderOf(args[args.length - 1]);
  }

  /** The pid if {@code payload} is the sender payload of an in-memory signal, else null. */
  static String senderOf(Object payload) {
    if (!(payload instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    return m.get(FROM) instanceof String pid ? pid : null;
  }

  private static void putOutgoing(Header header, boolean withSender) {
    Map<String, Object> ctx = OUTGOING_CONTEXT.get();
    if (ctx != null) {
      put(header, CONTEXT, ctx);
    }
    String from = OUTGOING_FROM.get();
    if (withSender && from != null) {
      header.getValues().put(FROM, encode(from));
    }
  }

  /** The ctx values, and the actor and scope in the platform's own security header. */
  private static void put(Header header, String key, Map<String, Object> ctx) {
    Map<String, Object> security = SecurityContext.header(ctx);
    if (security != null) {
      header.getValues().put(SecurityContext.TEMPORAL_HEADER, encode(security));
    }
    Map<String, Object> values = SecurityContext.visible(ctx);
    if (!values.isEmpty()) {
      header.getValues().put(key, encode(values));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> context(Header header) {
    Payload p = header.getValues().get(CONTEXT);
    Payload security = header.getValues().get(SecurityContext.TEMPORAL_HEADER);
    Object ctx = p == null ? null : decode(p, Map.class);
    Map<String, Object> values = ctx instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    if (security == null) {
      return values;
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>(values);
    out.putAll(SecurityContext.fromHeader(decode(security, Map.class)));
    return out;
  }

  private static Payload encode(Object value) {
    return DefaultDataConverter.STANDARD_INSTANCE.toPayload(value).orElseThrow();
  }

  private static <T> T decode(Payload p, Class<T> type) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(p, type, type);
  }
}
