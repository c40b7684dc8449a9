package dev.wflow.cli.cluster;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.WflowCommand;
import dev.wflow.temporal.LocalServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wflow server}: Temporal's in-memory server on a local port, in real time. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Run Temporal's in-memory server (the Java SDK's test server) on a local port, in real",
      "time, so `wflow worker`, `wflow start`, `wflow run --address` and any Temporal SDK client",
      "can use it without installing a cluster. Everything is kept in memory. Ctrl-C stops it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow server                         listen on 127.0.0.1:7233",
      "  wflow server --port 7234",
      "  wflow server --ip 0.0.0.0            reachable from other machines (no authentication!)",
      "",
      "Exit codes: 0 stopped by Ctrl-C or SIGTERM, 1 the address cannot be bound, 2 usage."
    })
public final class ServerCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7233",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--ip",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Local address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String ip;

  @Override
  public Integer call() throws InterruptedException {
    Cli cli = root.cli();
    if (port < 0 || port > 65535) {
      throw ExitException.usage("--port must be between 0 and 65535, got " + port);
    }
    StopRequest stop = StopRequest.onSignals();
    try (LocalServer server = start()) {
      describe(cli.out(), server.target());
      String signal = stop.await();
      cli.err().println("wflow: " + signal + ": stopping the server");
    }
    return 0;
  }

  private LocalServer start() {
    InetAddress address;
    try {
      address = InetAddress.getByName(ip);
    } catch (UnknownHostException e) {
      throw ExitException.usage("--ip: not an address of this machine: " + ip);
    }
    try {
      return LocalServer.start(new InetSocketAddress(address, port));
    } catch (IOException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw ExitException.failed(
          "cannot listen on "
              + ip
              + ":"
              + port
              + ": "
              + why
              + " (is another server running? try --port)");
    }
  }

  private static void describe(PrintWriter out, String target) {
    out.println("Temporal server (in memory, real time) listening on " + target);
    out.println();
    out.println("  wflow worker --address " + target + "        serve this project's workflows");
    out.println("  wflow start ID --address " + target + "      start one");
    out.println("  wflow run ID --address " + target + "        start one and wait for its result");
    out.println("  temporal workflow list --address " + target);
    out.println();
    out.println("Ctrl-C stops it; histories are kept in memory only.");
    out.flush();
  }
}
