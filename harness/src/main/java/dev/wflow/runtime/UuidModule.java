package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code uuid} module: {@code v1}, {@code v3}, {@code v4}, {@code v5}, {@code v7}, {@code
 * validate}, {@code version}, {@code variant}, {@code parse} and {@code format}, with the runtime's
 * {@code value, err} results and messages. The clock and random bits come from the {@link
 * SandboxHost}, so inside a workflow v1, v4 and v7 come out the same on replay.
 *
 * <pre>{@code
 * ModuleTable uuid = UuidModule.create(host);
 * // uuid.v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "name") is the same on every call
 * }</pre>
 */
public final class UuidModule {

  // 100-ns intervals from the Gregorian reform (1582-10-15) to the Unix epoch.
  private static final long GREGORIAN_TO_UNIX = 122_192_928_000_000_000L;

  private UuidModule() {}

  public static ModuleTable create(SandboxHost host) {
    ModuleTable m = new ModuleTable("uuid");
    m.define("v1", of(a -> ok(v1(host))));
    m.define("v3", of(a -> named(a, "MD5", 0x30)));
    m.define("v4", of(a -> ok(v4(host))));
    m.define("v5", of(a -> named(a, "SHA-1", 0x50)));
    m.define("v7", of(a -> ok(host.uuidV7())));
    m.define(
        "validate",
        of(a -> LuaValue.varargsOf(LuaValue.valueOf(parsed(a.arg1()) != null), LuaValue.NIL)));
    m.define("version", of(a -> withUuid(a, u -> LuaValue.valueOf(version(u)))));
    m.define("variant", of(a -> withUuid(a, u -> LuaValue.valueOf(variant(u)))));
    m.define("parse", of(a -> withUuid(a, UuidModule::info)));
    m.define("format", of(UuidModule::format));
    return m;
  }

  private static Varargs ok(String s) {
    return LuaValue.varargsOf(LuaValue.valueOf(s), LuaValue.NIL);
  }

  private static Varargs invalid(String message) {
    return StandardModules.failure("Invalid", message);
  }

  /**
   * Random bits from the host with the version and variant set: a workflow's random UUIDs
   * (Temporal's {@code Workflow.randomUUID}) are name-based, version 3.
   */
  private static String v4(SandboxHost host) {
    UUID r = UUID.fromString(host.uuidV4());
    long msb = r.getMostSignificantBits() & ~0xF000L | 0x4000L;
    long lsb = r.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb).toString();
  }

  /** Time-based, with random clock sequence and node bits (the multicast bit set, RFC 9562). */
  private static String v1(SandboxHost host) {
    java.time.Instant now = host.now();
    long ticks = now.getEpochSecond() * 10_000_000L + now.getNano() / 100 + GREGORIAN_TO_UNIX;
    UUID random = UUID.fromString(host.uuidV4());
    long msb =
        (ticks & 0xFFFFFFFFL) << 32
            | ((ticks >>> 32) & 0xFFFFL) << 16
            | 0x1000L
            | ((ticks >>> 48) & 0x0FFFL);
    long lsb =
        (random.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L)
            | 0x0000_0100_0000_0000L;
    return new UUID(msb, lsb).toString();
  }

  private static Varargs named(Varargs a, String algorithm, int versionBits) {
    if (a.arg(1).type() != LuaValue.TSTRING || a.arg(2).type() != LuaValue.TSTRING) {
      return invalid("namespace and name must be strings");
    }
    byte[] ns = parsed(a.arg(1));
    if (ns == null) {
      return invalid("invalid namespace UUID");
    }
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      digest.update(ns);
      org.luaj.vm2.LuaString name = a.checkstring(2);
      digest.update(name.m_bytes, name.m_offset, name.m_length);
      byte[] h = java.util.Arrays.copyOf(digest.digest(), 16);
      h[6] = (byte) ((h[6] & 0x0F) | versionBits);
      h[8] = (byte) ((h[8] & 0x3F) | 0x80);
      return ok(text(h));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private interface UuidFunction {
    LuaValue apply(byte[] uuid);
  }

  private static Varargs withUuid(Varargs a, UuidFunction f) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return invalid("input must be a string");
    }
    byte[] u = parsed(a.arg1());
    return u == null
        ? invalid("invalid UUID format")
        : LuaValue.varargsOf(f.apply(u), LuaValue.NIL);
  }

  /**
   * The 16 bytes of a UUID in any form Go's uuid.Parse takes (36 characters with dashes, 32 hex
   * digits, {@code {…}} or {@code urn:uuid:…}); null when it is none of them.
   */
  static byte[] parsed(LuaValue v) {
    if (v.type() != LuaValue.TSTRING) {
      return null;
    }
    String s = v.tojstring();
    if (s.length() == 45 && s.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
      s = s.substring(9);
    } else if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') {
      s = s.substring(1, 37);
    }
    String hex;
    if (s.length() == 36) {
      if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
        return null;
      }
      hex = s.replace("-", "");
    } else if (s.length() == 32) {
      hex = s;
    } else {
      return null;
    }
    if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  private static String text(byte[] u) {
    ByteBuffer b = ByteBuffer.wrap(u);
    return new UUID(b.getLong(), b.getLong()).toString();
  }

  private static int version(byte[] u) {
    return (u[6] & 0xFF) >>> 4;
  }

  private static String variant(byte[] u) {
    int b = u[8] & 0xFF;
    if ((b & 0xC0) == 0x80) {
      return "RFC4122";
    }
    if ((b & 0xE0) == 0xC0) {
      return "Microsoft";
    }
    return (b & 0xE0) == 0xE0 ? "Future" : "Reserved";
  }

  private static LuaValue info(byte[] u) {
    LuaTable t = new LuaTable();
    t.set("version", version(u));
    t.set("variant", variant(u));
    ByteBuffer b = ByteBuffer.wrap(u);
    long high = b.getLong();
    if (version(u) == 1) {
      long ticks = (high >>> 32) | ((high >>> 16) & 0xFFFFL) << 32 | (high & 0x0FFFL) << 48;
      t.set(
          "timestamp",
          LuaValue.valueOf((double) Math.floorDiv(ticks - GREGORIAN_TO_UNIX, 10_000_000L)));
      t.set("node", LuaValue.valueOf(java.util.Arrays.copyOfRange(u, 10, 16)));
    } else if (version(u) == 7) {
      t.set("timestamp", LuaValue.valueOf((double) Math.floorDiv(high >>> 16, 1000L)));
    }
    return t;
  }

  private static Varargs format(Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return invalid("input must be a string");
    }
    String form = a.arg(2).type() == LuaValue.TSTRING ? a.arg(2).tojstring() : "standard";
    byte[] u = parsed(a.arg1());
    if (u == null) {
      return invalid("invalid UUID format");
    }
    String standard = text(u);
    return switch (form) {
      case "standard" -> ok(standard);
      case "simple" -> ok(standard.replace("-", ""));
      case "urn" -> ok("urn:uuid:" + standard);
      default -> invalid("unsupported format");
    };
  }
}
