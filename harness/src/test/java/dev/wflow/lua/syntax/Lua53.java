package dev.wflow.lua.syntax;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Whether the real Lua 5.3 interpreter is installed, for the differential tests. Without it they
 * are skipped, and the build says so once on stderr, so a green build without them is never taken
 * for a build that ran them.
 */
public final class Lua53 {

  private static Boolean available;

  private Lua53() {}

  public static synchronized boolean available() {
    if (available == null) {
      available = probe();
      if (!available) {
        System.err.println(
            "wflow tests: lua5.3 is not installed, so the Lua 5.3 differential tests are SKIPPED"
                + " (apt-get install -y lua5.3 to run them)");
      }
    }
    return available;
  }

  private static boolean probe() {
    try {
      Process p = new ProcessBuilder("lua5.3", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
