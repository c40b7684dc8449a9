package dev.wflow.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file as YAML and Lua tools expect: UTF-8 (a UTF-8 byte-order mark dropped, UTF-16
 * accepted when its mark says so). A file that is not valid UTF-8 fails with the line and column of
 * the first bad byte, so the user can find it.
 *
 * <pre>{@code
 * try {
 *   String text = TextFile.read(path);
 * } catch (TextFile.NotUtf8 e) {
 *   report(e.line(), e.column(), e.getMessage());   // "file is not valid UTF-8 (byte 0xE9)"
 * }
 * }</pre>
 */
public final class TextFile {

  /** The file's bytes are not UTF-8; {@code line}/{@code column} (1-based) is the first bad one. */
  public static final class NotUtf8 extends IOException {
    private final int line;
    private final int column;

    NotUtf8(int line, int column, int badByte) {
      super(String.format("file is not valid UTF-8 (byte 0x%02X)", badByte & 0xff));
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** A file too large to be a definition file or Lua source someone wrote. */
  public static final class TooLarge extends IOException {
    TooLarge(long size) {
      super(
          "too large ("
              + ((size + (1 << 20) - 1) >> 20)
              + " MB; the limit is "
              + (MAX_BYTES >> 20)
              + " MB)");
    }
  }

  /**
   * Larger files are refused before reading: decoding and parsing one would take seconds and
   * gigabytes only to say it is not a definition file.
   */
  static final long MAX_BYTES = 32L << 20;

  private TextFile() {}

  public static String read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new TooLarge(size);
    }
    byte[] bytes = readAtMost(path);
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    // The String constructor's decoder is the JDK's fast path (ASCII is copied, not decoded) but
    // replaces bad bytes with U+FFFD instead of failing; only a text holding U+FFFD, rare in
    // code, is decoded again strictly to tell a written U+FFFD from a bad byte.
    String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(bytes, skip);
    }
  }

  /**
   * The file's bytes, refused past {@link #MAX_BYTES} while reading: a device or pipe ({@code
   * /dev/zero}, {@code <(yes)}) reports size 0 and would otherwise be read until memory runs out.
   */
  private static byte[] readAtMost(Path path) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new TooLarge(bytes.length);
      }
      return bytes;
    }
  }

  /** Why an {@link IOException} happened, in words for a diagnostic ("permission denied"). */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Decodes line by line up to the first bad byte to tell where it is. */
  private static NotUtf8 notUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      line += c == '\n' ? 1 : 0;
      column = c == '\n' ? 1 : column + 1;
    }
    return new NotUtf8(line, column, in.hasRemaining() ? in.get(in.position()) : 0);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
