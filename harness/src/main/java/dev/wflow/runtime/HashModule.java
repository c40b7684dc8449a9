package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code hash} module: {@code md5}, {@code sha1}, {@code sha256}, {@code sha512} (hex, or the
 * raw bytes when the second argument is true), {@code fnv32} and {@code fnv64} (FNV-1, as Go's
 * {@code hash/fnv} New32/New64, as numbers), and {@code hmac_md5}, {@code hmac_sha1}, {@code
 * hmac_sha256}, {@code hmac_sha512} {@code (data, secret, raw?)}.
 *
 * <pre>{@code
 * ModuleTable hash = HashModule.create(); // hash.sha256("abc") == "ba7816bf…"
 * }</pre>
 */
public final class HashModule {

  private HashModule() {}

  public static ModuleTable create() {
    ModuleTable m = new ModuleTable("hash");
    m.define("md5", of(a -> digest("MD5", a)));
    m.define("sha1", of(a -> digest("SHA-1", a)));
    m.define("sha256", of(a -> digest("SHA-256", a)));
    m.define("sha512", of(a -> digest("SHA-512", a)));
    m.define("fnv32", of(a -> fnv(a, false)));
    m.define("fnv64", of(a -> fnv(a, true)));
    m.define("hmac_md5", of(a -> hmac("HmacMD5", a)));
    m.define("hmac_sha1", of(a -> hmac("HmacSHA1", a)));
    m.define("hmac_sha256", of(a -> hmac("HmacSHA256", a)));
    m.define("hmac_sha512", of(a -> hmac("HmacSHA512", a)));
    return m;
  }

  private static Varargs digest(String algorithm, Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return StandardModules.failure("Invalid", "data must be a string");
    }
    try {
      byte[] sum =
          MessageDigest.getInstance(algorithm).digest(CryptoModule.bytes(a.checkstring(1)));
      return CryptoModule.ok(render(sum, a.narg() >= 2 && a.arg(2).toboolean()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private static Varargs hmac(String algorithm, Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return StandardModules.failure("Invalid", "data must be a string");
    }
    if (a.arg(2).type() != LuaValue.TSTRING) {
      return StandardModules.failure("Invalid", "secret must be a string");
    }
    byte[] sum =
        mac(algorithm, CryptoModule.bytes(a.checkstring(2)), CryptoModule.bytes(a.checkstring(1)));
    return CryptoModule.ok(render(sum, a.narg() >= 3 && a.arg(3).toboolean()));
  }

  private static LuaValue render(byte[] sum, boolean raw) {
    return raw ? LuaValue.valueOf(sum) : LuaValue.valueOf(hex(sum));
  }

  private static Varargs fnv(Varargs a, boolean wide) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return StandardModules.failure("Invalid", "data must be a string");
    }
    byte[] data = CryptoModule.bytes(a.checkstring(1));
    if (!wide) {
      int h = 0x811c9dc5;
      for (byte b : data) {
        h = (h * 0x01000193) ^ (b & 0xFF);
      }
      return CryptoModule.ok(LuaValue.valueOf((double) Integer.toUnsignedLong(h)));
    }
    long h = 0xcbf29ce484222325L;
    for (byte b : data) {
      h = (h * 0x100000001b3L) ^ (b & 0xFF);
    }
    // An unsigned 64-bit sum as a Lua number, as the runtime's LNumber(uint64): exact to 2^53.
    double unsigned = (double) (h >>> 1) * 2.0 + (h & 1);
    return CryptoModule.ok(LuaValue.valueOf(unsigned));
  }

  /** HMAC of {@code data}; an empty key is allowed (it means the all-zero key, as in Go). */
  static byte[] mac(String algorithm, byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      // Java refuses an empty key; HMAC pads keys with zeros, so {0} is the same key.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[] {0} : key, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
