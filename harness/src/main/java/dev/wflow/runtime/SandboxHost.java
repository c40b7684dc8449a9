package dev.wflow.runtime;

import java.time.Instant;
import java.util.Map;

/**
 * What a Lua sandbox asks of the place it runs in: the clock {@code os.time}/{@code time.now} read,
 * identifiers {@code uuid} hands out, where {@code print} goes, and the context {@code ctx.get}
 * reads. Inside a workflow these are the workflow clock and recorded side effects.
 *
 * <pre>{@code
 * SandboxHost host = SandboxHost.system(line -> log.info(line), Map.of());
 * }</pre>
 */
public interface SandboxHost {

  Instant now();

  String uuidV4();

  String uuidV7();

  void print(String line);

  Map<String, Object> context();

  /** The real clock and random identifiers: activities and plain functions. */
  static SandboxHost system(java.util.function.Consumer<String> printer, Map<String, Object> ctx) {
    return new SandboxHost() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public String uuidV4() {
        return java.util.UUID.randomUUID().toString();
      }

      @Override
      public String uuidV7() {
        return Uuids.v7(System.currentTimeMillis(), java.util.UUID.randomUUID());
      }

      @Override
      public void print(String line) {
        printer.accept(line);
      }

      @Override
      public Map<String, Object> context() {
        return ctx;
      }
    };
  }
}
