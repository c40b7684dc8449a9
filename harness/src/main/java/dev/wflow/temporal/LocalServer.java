package dev.wflow.temporal;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's in-memory server (the Java test server of {@code temporal-testing}) on a local port,
 * in real time: timers fire when their time comes, as on a cluster. Workers, clients of any
 * Temporal SDK and {@code temporal} CLI commands can use it.
 *
 * <pre>{@code
 * try (LocalServer server = LocalServer.start(new InetSocketAddress("127.0.0.1", 7233))) {
 *   String target = server.target();        // "127.0.0.1:7233"
 *   ...
 * }
 * }</pre>
 *
 * <p>It keeps everything in memory: histories are gone when it stops.
 */
public final class LocalServer implements AutoCloseable {

  private final TestServicesStarter services;
  private final Server grpc;

  private LocalServer(TestServicesStarter services, Server grpc) {
    this.services = services;
    this.grpc = grpc;
  }

  /**
   * Starts serving on {@code address}; port 0 picks a free port ({@link #address()} tells which).
   *
   * @throws IOException when the address cannot be bound (in use, not a local address)
   */
  public static LocalServer start(InetSocketAddress address) throws IOException {
    // Locked time skipping is what makes the test server keep real time: nothing advances the
    // clock but the clock itself.
    TestServicesStarter services = new TestServicesStarter(true, 0);
    try {
      NettyServerBuilder builder = NettyServerBuilder.forAddress(address);
      GRPCServerHelper.registerServicesAndHealthChecks(
          services.getServices(), builder, List.of(new NoStickyQueues()));
      return new LocalServer(services, builder.build().start());
    } catch (IOException | RuntimeException e) {
      services.close();
      throw e;
    }
  }

  /**
   * Turns sticky execution off. A worker asks for a run's next workflow tasks on its own sticky
   * queue; a real server moves a task to the shared queue when that worker does not take it within
   * a few seconds, but the test server has no such timeout, so after a worker is killed its runs
   * would wait forever. Without the request they always go to the shared queue, where any worker
   * takes them (replaying the history when the run is not in its cache).
   */
  private static final class NoStickyQueues implements ServerInterceptor {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      ServerCall.Listener<Q> listener = next.startCall(call, headers);
      return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
        @Override
        @SuppressWarnings("unchecked")
        public void onMessage(Q message) {
          if (message instanceof RespondWorkflowTaskCompletedRequest completed
              && completed.hasStickyAttributes()) {
            message = (Q) completed.toBuilder().clearStickyAttributes().build();
          }
          super.onMessage(message);
        }
      };
    }
  }

  /** The address actually bound (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return (InetSocketAddress) grpc.getListenSockets().get(0);
  }

  /** {@code host:port} as {@code --address} and Temporal SDKs take it. */
  public String target() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /** Stops accepting calls, gives running calls (long polls) a moment, then drops everything. */
  @Override
  public void close() {
    grpc.shutdown();
    try {
      grpc.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      grpc.shutdownNow();
      services.close();
    }
  }
}
