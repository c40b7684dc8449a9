package dev.wflow.cli.cluster;

import dev.wflow.cli.ExitException;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import dev.wflow.registry.TemporalClient;
import dev.wflow.temporal.ClusterConnection;
import dev.wflow.temporal.ClusterTls;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection options of {@code worker}, {@code start} and {@code signal}: each defaults to what
 * the project's {@code temporal.client} entry says, and a flag overrides it.
 */
public final class ClusterOptions {

  @Option(
      names = "--address",
      paramLabel = "HOST:PORT",
      description = "Temporal server (default: the project's temporal.client address).")
  String address;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description = "Temporal namespace (default: the client entry's, else default).")
  String namespace;

  @Option(names = "--tls", description = "Use TLS, trusting the system's certificate authorities.")
  boolean tls;

  @Option(names = "--tls-ca", paramLabel = "FILE", description = "Trust these PEM certificates.")
  Path tlsCa;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "Client certificate chain (PEM) for mutual TLS; needs --tls-key.")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description = "Client private key (PKCS#8 PEM) for mutual TLS.")
  Path tlsKey;

  @Option(
      names = "--tls-server-name",
      paramLabel = "NAME",
      description = "Name expected in the server's certificate.")
  String tlsServerName;

  /**
   * The connection for {@code client} (null when the project has none), with the flags over it.
   *
   * @throws ExitException usage, when neither gives an address or a flag is malformed
   */
  ClusterConnection resolve(TemporalClient client, Path projectDir, Map<String, String> env) {
    dev.wflow.cli.run.ProjectOpening.checkAddress(address);
    ClusterTls flagsTls = tlsFromFlags();
    if (client == null) {
      if (address == null) {
        throw ExitException.usage(
            "no temporal.client entry in the project to take the address from; give --address");
      }
      return new ClusterConnection(
          address, namespace == null ? "default" : namespace, flagsTls, null);
    }
    ClusterConnection fromEntry;
    try {
      fromEntry = ClusterConnection.of(client, projectDir, env::get);
    } catch (IllegalArgumentException e) {
      if (address == null) {
        throw ExitException.projectNotLoadable(e.getMessage());
      }
      fromEntry = new ClusterConnection(address, client.namespace(), null, null);
    }
    return fromEntry.with(address, namespace, flagsTls);
  }

  private ClusterTls tlsFromFlags() {
    if (!tls && tlsCa == null && tlsCert == null && tlsKey == null && tlsServerName == null) {
      return null;
    }
    try {
      return new ClusterTls(tlsCa, tlsCert, tlsKey, tlsServerName, false);
    } catch (IllegalArgumentException e) {
      throw ExitException.usage("--tls-cert and --tls-key go together: " + e.getMessage());
    }
  }

  /**
   * The client the given workers connect through; one only, since one process holds one connection.
   */
  static TemporalClient clientOf(Project project, List<EntryId> workers) {
    List<EntryId> clients =
        project.workers().stream()
            .filter(w -> workers.contains(w.id()))
            .flatMap(w -> w.client().stream())
            .distinct()
            .toList();
    if (clients.size() > 1) {
      throw ExitException.usage(
          "the workers use different clients ("
              + String.join(", ", clients.stream().map(EntryId::toString).toList())
              + "); serve them with one `wflow worker --worker ID` each");
    }
    if (clients.isEmpty()) {
      return null;
    }
    return project.clients().stream()
        .filter(c -> c.id().equals(clients.get(0)))
        .findFirst()
        .orElse(null);
  }

  /** A one-line description of where a connection goes. */
  static String describe(ClusterConnection c) {
    return c.address()
        + " (namespace "
        + c.namespace()
        + (c.tls() != null ? ", TLS" : "")
        + (c.apiKey() != null ? ", API key" : "")
        + ")";
  }
}
