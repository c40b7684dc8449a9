package dev.wflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * wflow's version, read from the {@code wflow-version.properties} Maven filtered into the jar. Free
 * of picocli, so {@code wflow --version} can answer before any of the CLI is loaded.
 */
public final class Version {

  private Version() {}

  /** The wflow version, or {@code unknown} when run from an unpackaged build. */
  public static String version() {
    try (InputStream in = Version.class.getResourceAsStream("/wflow-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** What {@code wflow --version} prints, one element a line. */
  public static List<String> lines() {
    return List.of(
        "wflow " + version(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
  }
}
