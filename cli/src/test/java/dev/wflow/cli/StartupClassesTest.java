package dev.wflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short commands load only what they need: {@code lint} never touches the Temporal SDK or gRPC,
 * {@code --version} not even picocli. Each runs in a fresh JVM whose class loading is logged (this
 * JVM has loaded everything other tests used).
 */
class StartupClassesTest {

  private static final Path ORDERS = Path.of("..", "examples", "orders");

  private static List<String> loadedClasses(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xshare:off", "-Xlog:class+load=info:stdout", "-cp"));
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> classes =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("[class,load]"))
            .map(l -> l.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
            .toList();
    p.waitFor();
    return classes;
  }

  @Test
  void lintLoadsNoTemporalOrGrpcClass() throws Exception {
    List<String> classes = loadedClasses("lint", ORDERS.toString());
    assertThat(classes).anyMatch(c -> c.startsWith("dev.wflow.lint."));
    assertThat(classes).noneMatch(c -> c.startsWith("io.temporal.") || c.startsWith("io.grpc."));
    assertThat(classes).noneMatch(c -> c.startsWith("dev.wflow.cli.run."));
  }

  @Test
  void versionLoadsNoPicocli() throws Exception {
    List<String> classes = loadedClasses("--version");
    assertThat(classes).contains(Version.class.getName());
    assertThat(classes).noneMatch(c -> c.startsWith("picocli."));
  }

  @Test
  void versionBesideAnOptionLoadsNoCommand() throws Exception {
    List<String> classes = loadedClasses("--color", "never", "--version");
    assertThat(classes).contains(VersionProvider.class.getName());
    assertThat(classes)
        .noneMatch(
            c ->
                c.startsWith("dev.wflow.cli.")
                    && c.endsWith("Command")
                    && !c.endsWith("WflowCommand"));
  }
}
