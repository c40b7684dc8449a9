package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code crypto} module as the runtime has it: {@code random.bytes/string/uuid}, {@code
 * hmac.sha256/sha512} (hex), {@code encrypt/decrypt.aes} (AES-GCM, the 12-byte nonce in front of
 * the sealed data, as Go's {@code Seal(nonce, nonce, …)}) and {@code chacha20} (ChaCha20-Poly1305,
 * same layout), {@code jwt.encode/verify} ({@link Jwt}), {@code pbkdf2} and {@code
 * constant_time_compare}. Inside a workflow every random value (and every nonce) goes through a
 * recorder (a Temporal side effect), so a replay gets the same value back.
 *
 * <pre>{@code
 * ModuleTable crypto = CryptoModule.create(Supplier::get, host);
 * }</pre>
 */
public final class CryptoModule {

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_RANDOM = 1024 * 1024;
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Records a freshly generated value so that replay sees the same one. */
  @FunctionalInterface
  public interface Recorder {
    Object record(Supplier<Object> generate);
  }

  private CryptoModule() {}

  /** The module with values recorded by {@code recorder} (identity outside workflows). */
  public static ModuleTable create(Recorder recorder) {
    return create(recorder, null);
  }

  /**
   * @param host the clock {@code jwt.verify} checks expiry against (the workflow clock inside a
   *     workflow); null for the system clock
   */
  public static ModuleTable create(Recorder recorder, SandboxHost host) {
    Supplier<java.time.Instant> clock = host == null ? java.time.Instant::now : host::now;
    ModuleTable m = new ModuleTable("crypto");
    m.define("random", random(recorder));
    LuaTable hmac = new LuaTable();
    hmac.set("sha256", of(a -> hmac("HmacSHA256", a)));
    hmac.set("sha512", of(a -> hmac("HmacSHA512", a)));
    m.define("hmac", hmac);
    LuaTable encrypt = new LuaTable();
    encrypt.set("aes", of(a -> seal(recorder, a, Aead.AES)));
    encrypt.set("chacha20", of(a -> seal(recorder, a, Aead.CHACHA)));
    m.define("encrypt", encrypt);
    LuaTable decrypt = new LuaTable();
    decrypt.set("aes", of(a -> open(a, Aead.AES)));
    decrypt.set("chacha20", of(a -> open(a, Aead.CHACHA)));
    m.define("decrypt", decrypt);
    LuaTable jwt = new LuaTable();
    jwt.set("encode", of(Jwt::encode));
    jwt.set("verify", of(a -> Jwt.verify(a, clock.get())));
    m.define("jwt", jwt);
    m.define("pbkdf2", of(CryptoModule::pbkdf2));
    m.define(
        "constant_time_compare",
        of(
            a ->
                LuaValue.valueOf(
                    MessageDigest.isEqual(bytes(a.checkstring(1)), bytes(a.checkstring(2))))));
    return m;
  }

  private static LuaTable random(Recorder recorder) {
    LuaTable random = new LuaTable();
    random.set(
        "bytes",
        of(
            a -> {
              int n = a.checkint(1);
              String problem = lengthProblem(n);
              if (problem != null) {
                return failure("Invalid", problem);
              }
              return ok(LuaValue.valueOf(latin1((String) recorder.record(() -> randomText(n)))));
            }));
    random.set(
        "string",
        of(
            a -> {
              int n = a.checkint(1);
              String problem = lengthProblem(n);
              if (problem != null) {
                return failure("Invalid", problem);
              }
              String charset =
                  a.narg() >= 2 && a.arg(2).type() == LuaValue.TSTRING
                      ? a.arg(2).tojstring()
                      : ALPHANUMERIC;
              if (charset.isEmpty()) {
                return failure("Invalid", "charset cannot be empty");
              }
              return ok(LuaValue.valueOf((String) recorder.record(() -> fromCharset(n, charset))));
            }));
    random.set(
        "uuid",
        of(
            a ->
                ok(
                    LuaValue.valueOf(
                        (String) recorder.record(() -> java.util.UUID.randomUUID().toString())))));
    return random;
  }

  private static String lengthProblem(int n) {
    if (n <= 0) {
      return "length must be a positive integer";
    }
    return n > MAX_RANDOM ? "length exceeds maximum allowed size (1MB)" : null;
  }

  // Bytes travel through JSON history as ISO-8859-1 text, one char per byte.
  private static String randomText(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  // As the runtime: one random byte per character, modulo the charset's length.
  private static String fromCharset(int n, String charset) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    StringBuilder out = new StringBuilder(n);
    for (byte x : b) {
      out.append(charset.charAt((x & 0xFF) % charset.length()));
    }
    return out.toString();
  }

  private static Varargs hmac(String algorithm, Varargs a) {
    byte[] key = bytes(a.checkstring(1));
    byte[] data = bytes(a.checkstring(2));
    if (key.length == 0) {
      return failure("Invalid", "key cannot be empty");
    }
    return ok(LuaValue.valueOf(HashModule.hex(HashModule.mac(algorithm, key, data))));
  }

  /** The two AEAD ciphers, their key sizes and Go's messages. */
  enum Aead {
    AES(
        "AES/GCM/NoPadding",
        "AES",
        "key must be 16, 24, or 32 bytes",
        "cipher: message authentication failed"),
    CHACHA(
        "ChaCha20-Poly1305",
        "ChaCha20",
        "key must be 32 bytes",
        "chacha20poly1305: message authentication failed");

    final String transformation;
    final String keyAlgorithm;
    final String badKey;
    final String authFailed;

    Aead(String transformation, String keyAlgorithm, String badKey, String authFailed) {
      this.transformation = transformation;
      this.keyAlgorithm = keyAlgorithm;
      this.badKey = badKey;
      this.authFailed = authFailed;
    }

    boolean keyFits(int length) {
      return this == AES ? length == 16 || length == 24 || length == 32 : length == 32;
    }

    Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
      Cipher c = Cipher.getInstance(transformation);
      SecretKeySpec spec = new SecretKeySpec(key, keyAlgorithm);
      if (this == AES) {
        c.init(mode, spec, new GCMParameterSpec(128, nonce));
      } else {
        c.init(mode, spec, new IvParameterSpec(nonce));
      }
      return c;
    }
  }

  private static byte[] aad(Varargs a) {
    return a.narg() >= 3 && a.arg(3).type() == LuaValue.TSTRING
        ? bytes(a.arg(3).checkstring())
        : null;
  }

  private static Varargs seal(Recorder recorder, Varargs a, Aead aead) {
    byte[] data = bytes(a.checkstring(1));
    byte[] key = bytes(a.checkstring(2));
    byte[] aad = aad(a);
    if (!aead.keyFits(key.length)) {
      return failure("Invalid", aead.badKey);
    }
    byte[] nonce = latin1((String) recorder.record(() -> randomText(12)));
    try {
      Cipher c = aead.cipher(Cipher.ENCRYPT_MODE, key, nonce);
      if (aad != null) {
        c.updateAAD(aad);
      }
      byte[] sealed = c.doFinal(data);
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return ok(LuaValue.valueOf(out));
    } catch (GeneralSecurityException e) {
      return failure("Internal", "encrypt: " + e.getMessage());
    }
  }

  private static Varargs open(Varargs a, Aead aead) {
    byte[] data = bytes(a.checkstring(1));
    byte[] key = bytes(a.checkstring(2));
    byte[] aad = aad(a);
    if (!aead.keyFits(key.length)) {
      return failure("Invalid", aead.badKey);
    }
    if (data.length < 12) {
      return failure("Invalid", "encrypted data too short");
    }
    try {
      Cipher c = aead.cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(data, 12));
      if (aad != null) {
        c.updateAAD(aad);
      }
      return ok(LuaValue.valueOf(c.doFinal(data, 12, data.length - 12)));
    } catch (GeneralSecurityException e) {
      return failure("Internal", "decrypt: " + aead.authFailed);
    }
  }

  private static Varargs pbkdf2(Varargs a) {
    byte[] password = bytes(a.checkstring(1));
    byte[] salt = bytes(a.checkstring(2));
    int iterations = a.checkint(3);
    int length = a.checkint(4);
    String problem =
        password.length == 0
            ? "password cannot be empty"
            : salt.length == 0
                ? "salt cannot be empty"
                : iterations <= 0
                    ? "iterations must be positive"
                    : iterations > MAX_ITERATIONS
                        ? "iterations exceeds maximum (" + MAX_ITERATIONS + ")"
                        : length <= 0 ? "key length must be positive" : null;
    if (problem != null) {
      return failure("Invalid", problem);
    }
    String hash =
        a.narg() >= 5 && a.arg(5).type() == LuaValue.TSTRING ? a.arg(5).tojstring() : "sha256";
    String algorithm =
        switch (hash) {
          case "sha256" -> "HmacSHA256";
          case "sha512" -> "HmacSHA512";
          default -> null;
        };
    if (algorithm == null) {
      return failure("Invalid", "unsupported hash function: " + hash);
    }
    return ok(LuaValue.valueOf(derive(algorithm, password, salt, iterations, length)));
  }

  /** PBKDF2 (RFC 8018) over bytes: Java's own takes the password as chars and re-encodes it. */
  private static byte[] derive(
      String algorithm, byte[] password, byte[] salt, int iterations, int length) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(password, algorithm));
      byte[] out = new byte[length];
      int block = 1;
      for (int at = 0; at < length; block++) {
        mac.update(salt);
        mac.update(
            new byte[] {
              (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block
            });
        byte[] u = mac.doFinal();
        byte[] t = u.clone();
        for (int i = 1; i < iterations; i++) {
          u = mac.doFinal(u);
          for (int j = 0; j < t.length; j++) {
            t[j] ^= u[j];
          }
        }
        int n = Math.min(t.length, length - at);
        System.arraycopy(t, 0, out, at, n);
        at += n;
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  static byte[] bytes(LuaString s) {
    byte[] out = new byte[s.m_length];
    System.arraycopy(s.m_bytes, s.m_offset, out, 0, s.m_length);
    return out;
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Varargs ok(LuaValue v) {
    return LuaValue.varargsOf(v, LuaValue.NIL);
  }

  static Varargs failure(String kind, String message) {
    return StandardModules.failure(kind, message);
  }
}
