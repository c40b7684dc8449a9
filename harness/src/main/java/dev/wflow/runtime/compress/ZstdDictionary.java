package dev.wflow.runtime.compress;

/**
 * Reads the header of a zstd dictionary (RFC 8878 §5): the magic number, the ID, then the entropy
 * tables (a Huffman tree description and three FSE table descriptions) and the three repeat
 * offsets, which tell where the content starts.
 *
 * <pre>{@code
 * ZstdDictionary d = ZstdDictionary.inspect(bytes); // d.id(), d.contentSize()
 * }</pre>
 */
record ZstdDictionary(long id, int contentSize) {

  private static final int MAGIC = 0xEC30A437;

  /**
   * @throws IllegalArgumentException when {@code b} is not a zstd dictionary
   */
  static ZstdDictionary inspect(byte[] b) {
    if (b.length < 8 || le32(b, 0) != MAGIC) {
      throw new IllegalArgumentException("not a zstd dictionary");
    }
    long id = le32(b, 4) & 0xffffffffL;
    int pos = 8;
    int header = at(b, pos);
    pos += 1 + (header < 128 ? header : (header - 127 + 1) / 2);
    for (int table = 0; table < 3; table++) {
      pos += fseTableSize(b, pos);
    }
    pos += 12;
    if (pos > b.length) {
      throw new IllegalArgumentException("truncated zstd dictionary");
    }
    return new ZstdDictionary(id, b.length - pos);
  }

  private static int le32(byte[] b, int i) {
    return (b[i] & 0xff)
        | (b[i + 1] & 0xff) << 8
        | (b[i + 2] & 0xff) << 16
        | (b[i + 3] & 0xff) << 24;
  }

  private static int at(byte[] b, int i) {
    if (i >= b.length) {
      throw new IllegalArgumentException("truncated zstd dictionary");
    }
    return b[i] & 0xff;
  }

  /** The length in bytes of the FSE table description (normalized counts) at {@code start}. */
  private static int fseTableSize(byte[] b, int start) {
    Bits bits = new Bits(b, start);
    int accuracy = bits.peek(4) + 5;
    bits.skip(4);
    if (accuracy > 9) {
      throw new IllegalArgumentException("bad FSE table in zstd dictionary");
    }
    int remaining = (1 << accuracy) + 1;
    int threshold = 1 << accuracy;
    int nbBits = accuracy + 1;
    boolean previous0 = false;
    int symbols = 0;
    while (remaining > 1 && symbols < 256) {
      if (previous0) {
        while (bits.peek(16) == 0xFFFF) {
          bits.skip(16);
        }
        while (bits.peek(2) == 3) {
          bits.skip(2);
        }
        bits.skip(2);
      }
      int max = (2 * threshold - 1) - remaining;
      int count;
      int low = bits.peek(nbBits - 1);
      if (low < max) {
        count = low;
        bits.skip(nbBits - 1);
      } else {
        count = bits.peek(nbBits);
        if (count >= threshold) {
          count -= max;
        }
        bits.skip(nbBits);
      }
      count--;
      remaining -= Math.abs(count);
      symbols++;
      previous0 = count == 0;
      while (remaining < threshold) {
        nbBits--;
        threshold >>= 1;
      }
    }
    if (remaining != 1) {
      throw new IllegalArgumentException("bad FSE table in zstd dictionary");
    }
    return bits.bytesUsed();
  }

  /** Little-endian bit reader (reads past the end as zeros; the caller checks the end). */
  private static final class Bits {
    private final byte[] b;
    private final int start;
    private long pos;

    Bits(byte[] b, int start) {
      this.b = b;
      this.start = start;
    }

    int peek(int n) {
      int v = 0;
      for (int i = 0; i < n; i++) {
        long bit = pos + i;
        int index = start + (int) (bit >> 3);
        int set = index < b.length ? (b[index] >> (bit & 7)) & 1 : 0;
        v |= set << i;
      }
      return v;
    }

    void skip(int n) {
      pos += n;
    }

    int bytesUsed() {
      return (int) ((pos + 7) >> 3);
    }
  }
}
