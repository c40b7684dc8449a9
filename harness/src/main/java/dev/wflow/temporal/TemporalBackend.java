package dev.wflow.temporal;

import dev.wflow.temporal.workflow.MessageHeaders;
import dev.wflow.temporal.workflow.SearchAttributeCatalog;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Temporal service an environment talks to: the in-memory test server or a cluster. */
interface TemporalBackend extends AutoCloseable {

  WorkflowClient client();

  Worker newWorker(String taskQueue, WorkerOptions options);

  void start();

  /** The (virtual) current time. */
  long currentTimeMillis();

  /** Lets {@code d} of (virtual) time pass. */
  void sleep(Duration d);

  /**
   * Lets virtual time skip ahead whenever the workflows are idle (as while a client waits for a
   * result), or stops that again; calls come in pairs. Real servers keep real time: a no-op.
   */
  default void timeFlows(boolean flows) {}

  /**
   * Holds the virtual clock where it is until {@code released} says so (at most {@code max} of wall
   * time). Only the time-skipping server needs it; see {@link ClockHold}.
   */
  default void holdClock(java.util.function.BooleanSupplier released, Duration max) {}

  /** The catalog of search attributes for this service. */
  SearchAttributeCatalog searchAttributes(Map<String, IndexedValueType> declared);

  @Override
  void close();

  /**
   * Stops polling, lets tasks in flight finish for up to {@code grace}, then stops the rest (a
   * workflow task not finished is handed back to the server, which gives it to another worker).
   *
   * @return true when everything finished within {@code grace}
   */
  default boolean shutdown(Duration grace) {
    close();
    return true;
  }

  static TemporalBackend inMemory(EnvironmentOptions options) {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setUseTimeskipping(options.skipTime())
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setNamespace(options.namespace())
                        // The in-memory server drops signal headers: the sender rides along.
                        .setInterceptors(MessageHeaders.client(true))
                        .build())
                .setWorkerFactoryOptions(
                    io.temporal.worker.WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(MessageHeaders.worker(true))
                        .build())
                .build());
    return new TemporalBackend() {
      @Override
      public WorkflowClient client() {
        return env.getWorkflowClient();
      }

      @Override
      public Worker newWorker(String taskQueue, WorkerOptions workerOptions) {
        return env.newWorker(taskQueue, workerOptions);
      }

      @Override
      public void start() {
        env.start();
      }

      @Override
      public long currentTimeMillis() {
        return env.currentTimeMillis();
      }

      @Override
      public void sleep(Duration d) {
        env.sleep(d);
      }

      private io.temporal.serviceclient.TestServiceStubs testService;

      @Override
      public synchronized void timeFlows(boolean flows) {
        if (!options.skipTime()) {
          return;
        }
        if (testService == null) {
          testService =
              io.temporal.serviceclient.TestServiceStubs.newServiceStubs(
                  io.temporal.serviceclient.TestServiceStubsOptions.newBuilder()
                      .setChannel(env.getWorkflowServiceStubs().getRawChannel())
                      .build());
        }
        if (flows) {
          testService
              .blockingStub()
              .unlockTimeSkipping(
                  io.temporal.api.testservice.v1.UnlockTimeSkippingRequest.getDefaultInstance());
        } else {
          testService
              .blockingStub()
              .lockTimeSkipping(
                  io.temporal.api.testservice.v1.LockTimeSkippingRequest.getDefaultInstance());
        }
      }

      @Override
      public void holdClock(java.util.function.BooleanSupplier released, Duration max) {
        if (!options.skipTime()) {
          return;
        }
        // A due callback runs on the server's timer thread: while it waits, no timer fires and
        // the clock cannot skip ahead. The registration is an in-process call, not a gRPC one, so
        // a workflow thread may make it (and must not wait on another thread for it).
        env.registerDelayedCallback(Duration.ZERO, () -> waitFor(released, max));
      }

      @Override
      public SearchAttributeCatalog searchAttributes(Map<String, IndexedValueType> declared) {
        declared.forEach(env::registerSearchAttribute);
        // The test server refuses calls from workflow threads; registration happens mid-workflow
        // (first use), so it is handed to another thread and awaited.
        return options.registerSearchAttributesOnUse()
            ? SearchAttributeCatalog.registering(
                declared,
                (name, type) ->
                    java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> env.registerSearchAttribute(name, type))
                        .join())
            : SearchAttributeCatalog.fixed(declared);
      }

      @Override
      public void close() {
        env.close();
      }
    };
  }

  private static void waitFor(java.util.function.BooleanSupplier released, Duration max) {
    long end = System.nanoTime() + max.toNanos();
    while (!released.getAsBoolean() && System.nanoTime() < end) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static TemporalBackend cluster(EnvironmentOptions options) {
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(stubOptions(options));
    WorkflowClient client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder()
                .setNamespace(options.namespace())
                .setInterceptors(MessageHeaders.client())
                .build());
    WorkerFactory factory =
        WorkerFactory.newInstance(
            client,
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(
                    MessageHeaders.worker(), new TaskObserving(options.taskObserver()))
                .build());
    return new TemporalBackend() {
      @Override
      public WorkflowClient client() {
        return client;
      }

      @Override
      public Worker newWorker(String taskQueue, WorkerOptions workerOptions) {
        return factory.newWorker(taskQueue, workerOptions);
      }

      @Override
      public void start() {
        factory.start();
      }

      @Override
      public long currentTimeMillis() {
        return System.currentTimeMillis();
      }

      @Override
      public void sleep(Duration d) {
        try {
          Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public SearchAttributeCatalog searchAttributes(Map<String, IndexedValueType> declared) {
        Map<String, IndexedValueType> known = new HashMap<>(declared);
        OperatorServiceStubs operator =
            OperatorServiceStubs.newServiceStubs(
                OperatorServiceStubsOptions.newBuilder()
                    .setChannel(service.getRawChannel())
                    .validateAndBuildWithDefaults());
        try {
          var response =
              operator
                  .blockingStub()
                  .listSearchAttributes(
                      ListSearchAttributesRequest.newBuilder()
                          .setNamespace(options.namespace())
                          .build());
          known.putAll(response.getCustomAttributesMap());
          known.putAll(response.getSystemAttributesMap());
        } catch (RuntimeException e) {
          // A server without the operator API: only declared attributes are known.
        } finally {
          operator.shutdown();
        }
        return SearchAttributeCatalog.fixed(known);
      }

      @Override
      public void close() {
        factory.shutdownNow();
        service.shutdownNow();
      }

      @Override
      public boolean shutdown(Duration grace) {
        factory.shutdown();
        factory.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        boolean finished = factory.isTerminated();
        close();
        return finished;
      }
    };
  }

  /** The connection to an external server: address, TLS and API key. */
  static WorkflowServiceStubsOptions stubOptions(EnvironmentOptions options) {
    WorkflowServiceStubsOptions.Builder b =
        WorkflowServiceStubsOptions.newBuilder().setTarget(options.address());
    ClusterTls tls = options.tls();
    if (tls != null) {
      b.setSslContext(tls.sslContext());
      if (tls.serverName() != null) {
        b.setChannelInitializer(
            channel ->
                ((io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder) channel)
                    .overrideAuthority(tls.serverName()));
      }
    }
    if (options.apiKey() != null) {
      String key = options.apiKey();
      b.addApiKey(() -> key);
    }
    return b.build();
  }
}
