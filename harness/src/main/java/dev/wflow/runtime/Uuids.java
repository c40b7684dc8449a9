package dev.wflow.runtime;

import java.util.UUID;

/** UUID version 7 from a millisecond timestamp and random bits (RFC 9562). */
public final class Uuids {

  private Uuids() {}

  /** A v7 UUID string whose random part comes from {@code random}. */
  public static String v7(long epochMillis, UUID random) {
    long msb = (epochMillis << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
    long lsb = (random.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
