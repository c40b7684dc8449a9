package dev.wflow.temporal;

import dev.wflow.registry.TemporalClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * How to reach a Temporal cluster, as a project's {@code temporal.client} entry says it: address,
 * namespace, TLS ({@code tls: {enabled, ca_file, server_name, insecure_skip_verify}}) and
 * authentication ({@code auth: {type: api_key | mtls, …}}).
 *
 * <pre>{@code
 * ClusterConnection c = ClusterConnection.of(client, projectDir, System::getenv);
 * EnvironmentOptions options = c.applyTo(EnvironmentOptions.newBuilder()).build();
 * }</pre>
 *
 * @param address {@code host:port}
 * @param namespace the Temporal namespace
 * @param tls TLS settings, or null for plain text
 * @param apiKey the API key, or null
 */
public record ClusterConnection(String address, String namespace, ClusterTls tls, String apiKey) {

  /**
   * Reads a client entry; file paths are relative to {@code projectDir}, {@code *_env} fields are
   * read through {@code env}.
   *
   * @throws IllegalArgumentException naming the entry and field that cannot be used
   */
  public static ClusterConnection of(
      TemporalClient client, Path projectDir, Function<String, String> env) {
    String where = client.id() + ": ";
    String address =
        client.address().orElseThrow(() -> new IllegalArgumentException(where + "no address"));
    Map<String, Object> tlsFields = map(client.fields().get("tls"));
    Map<String, Object> auth = map(client.fields().get("auth"));
    String type = string(auth.get("type"), "none");
    boolean mtls = type.equals("mtls");
    ClusterTls tls = null;
    if (Boolean.TRUE.equals(tlsFields.get("enabled")) || mtls) {
      tls =
          new ClusterTls(
              path(projectDir, tlsFields.get("ca_file")),
              mtls ? path(projectDir, auth.get("cert_file")) : null,
              mtls ? path(projectDir, auth.get("key_file")) : null,
              (String) tlsFields.get("server_name"),
              Boolean.TRUE.equals(tlsFields.get("insecure_skip_verify")));
      if (mtls && (tls.certFile() == null || tls.keyFile() == null)) {
        throw new IllegalArgumentException(
            where + "auth type mtls needs cert_file and key_file (PEM files)");
      }
    }
    String apiKey = null;
    switch (type) {
      case "none", "mtls" -> {}
      case "api_key" -> apiKey = apiKey(where, auth, projectDir, env);
      default ->
          throw new IllegalArgumentException(
              where + "auth type must be none, api_key or mtls, got " + type);
    }
    return new ClusterConnection(address, client.namespace(), tls, apiKey);
  }

  /** The same connection with another address, namespace or TLS (command-line overrides). */
  public ClusterConnection with(String address, String namespace, ClusterTls tls) {
    return new ClusterConnection(
        address != null ? address : this.address,
        namespace != null ? namespace : this.namespace,
        tls != null ? tls : this.tls,
        apiKey);
  }

  /** Sets address, namespace, TLS and API key on {@code builder}. */
  public EnvironmentOptions.Builder applyTo(EnvironmentOptions.Builder builder) {
    return builder.address(address).namespace(namespace).tls(tls).apiKey(apiKey);
  }

  /**
   * Tries to reach the server once.
   *
   * @return null when it answered, else a one-line reason ("UNAVAILABLE (Connection refused)")
   */
  public String problem(java.time.Duration timeout) {
    io.temporal.serviceclient.WorkflowServiceStubs stubs = null;
    try {
      stubs =
          io.temporal.serviceclient.WorkflowServiceStubs.newConnectedServiceStubs(
              TemporalBackend.stubOptions(applyTo(EnvironmentOptions.newBuilder()).build()),
              timeout);
      return null;
    } catch (io.grpc.StatusRuntimeException e) {
      return reason(e);
    } catch (RuntimeException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    } finally {
      if (stubs != null) {
        stubs.shutdownNow();
      }
    }
  }

  /** The gRPC status and the innermost cause, on one line, as every command words it. */
  public static String reason(io.grpc.StatusRuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why =
        root != e && root.getMessage() != null ? root.getMessage() : e.getStatus().getDescription();
    return e.getStatus().getCode() + (why == null ? "" : " (" + why + ")");
  }

  private static String apiKey(
      String where, Map<String, Object> auth, Path projectDir, Function<String, String> env) {
    if (auth.get("api_key") instanceof String key && !key.isEmpty()) {
      return key;
    }
    if (auth.get("api_key_env") instanceof String name && !name.isEmpty()) {
      String key = env.apply(name);
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException(where + "environment variable " + name + " is not set");
      }
      return key;
    }
    if (auth.get("api_key_file") instanceof String file && !file.isEmpty()) {
      try {
        return Files.readString(projectDir.resolve(file)).trim();
      } catch (IOException e) {
        throw new IllegalArgumentException(where + "cannot read api_key_file " + file);
      }
    }
    throw new IllegalArgumentException(
        where + "auth type api_key needs api_key, api_key_env or api_key_file");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String string(Object value, String otherwise) {
    return value instanceof String s && !s.isEmpty() ? s : otherwise;
  }

  private static Path path(Path projectDir, Object value) {
    return value instanceof String s && !s.isEmpty() ? projectDir.resolve(s) : null;
  }
}
