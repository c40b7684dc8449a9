package dev.wflow.runtime.compress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One algorithm of the {@code compress} module: its level range and default, and how it encodes and
 * decodes. Decoding reads at most {@code maxSize} bytes and fails past that, as the runtime's
 * {@code limitedReadAll} does.
 */
interface Codec {

  String name();

  int minLevel();

  int maxLevel();

  int defaultLevel();

  /** The error text for a level out of range, in the runtime's words. */
  String levelMessage();

  byte[] encode(byte[] data, int level, byte[] dict) throws IOException;

  /** An input stream over the decompressed data, or an exception when the header is not valid. */
  InputStream decoder(byte[] data, byte[] dict) throws IOException;

  /** Whether a failure while reading is the data's fault (Invalid) rather than ours (Internal). */
  default boolean readErrorsAreInvalid() {
    return false;
  }

  final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("decompressed size exceeds limit");
    }
  }

  static byte[] readLimited(InputStream in, long maxSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxSize) {
        throw new TooLarge();
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
