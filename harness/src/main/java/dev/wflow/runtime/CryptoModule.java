package dev.wflow.runtime;

import static dev.wflow.runtime.ErrorsModule.fn;

import java.security.SecureRandom;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * {@code crypto.random}: {@code bytes(n)} (a binary string), {@code int(min, max)} (inclusive) and
 * {@code string(n)} (alphanumeric). Inside a workflow every value goes through a recorder (a
 * Temporal side effect), so a replay gets the same value back.
 */
public final class CryptoModule {

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Records a freshly generated value so that replay sees the same one. */
  @FunctionalInterface
  public interface Recorder {
    Object record(java.util.function.Supplier<Object> generate);
  }

  private CryptoModule() {}

  /** The module with values recorded by {@code recorder} (identity outside workflows). */
  public static ModuleTable create(Recorder recorder) {
    LuaTable random = new LuaTable();
    random.set(
        "bytes",
        fn(
            a -> {
              String text = (String) recorder.record(() -> bytes(a.checkint(1)));
              return LuaValue.valueOf(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }));
    random.set(
        "int",
        fn(
            a -> {
              long min = a.checklong(1);
              long max = a.checklong(2);
              if (max < min) {
                return StandardModules.failure("Invalid", "crypto.random.int: max < min");
              }
              Object v =
                  recorder.record(() -> min + (long) (RANDOM.nextDouble() * (max - min + 1)));
              return LuaValue.valueOf(((Number) v).doubleValue());
            }));
    random.set(
        "string",
        fn(a -> LuaValue.valueOf((String) recorder.record(() -> alphanumeric(a.checkint(1))))));
    ModuleTable m = new ModuleTable("crypto");
    m.define("random", random);
    return m;
  }

  // Bytes travel through JSON history as ISO-8859-1 text, one char per byte.
  private static String bytes(int n) {
    byte[] b = new byte[Math.max(0, n)];
    RANDOM.nextBytes(b);
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String alphanumeric(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return out.toString();
  }
}
