package dev.wflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven filtered into {@code wflow-version.properties}. */
public final class VersionProvider implements IVersionProvider {

  /** The wflow version, or {@code unknown} when run from an unpackaged build. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/wflow-version.properties")) {
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

  @Override
  public String[] getVersion() {
    return new String[] {
      "wflow " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
