package dev.wflow.lua.syntax;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into source text, or explains (with a position) why it is not text. */
final class SourceText {
  record Decoded(String text, Diagnostic error) {}

  private SourceText() {}

  static Decoded decode(String file, byte[] bytes) {
    if (bytes.length >= 4
        && bytes[0] == 0x1b
        && bytes[1] == 'L'
        && bytes[2] == 'u'
        && bytes[3] == 'a') {
      return failure(file, bytes, 0, "precompiled Lua chunks are not supported (binary file)");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failure(file, bytes, i, "binary file: NUL byte is not allowed in Lua source");
      }
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text =
          decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      return new Decoded(text, null);
    } catch (CharacterCodingException e) {
      return failure(file, bytes, firstInvalid(bytes, offset), "file is not valid UTF-8 text");
    }
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalid(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int extra =
          b < 0x80
              ? 0
              : b >= 0xC2 && b < 0xE0
                  ? 1
                  : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return Math.max(from, bytes.length - 1);
  }

  private static Decoded failure(String file, byte[] bytes, int at, String message) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    String shown = at < bytes.length ? String.format(" (byte 0x%02X)", bytes[at] & 0xff) : "";
    return new Decoded(
        null, Diagnostic.error(LuaParser.SYNTAX_ERROR, file, line, col, message + shown));
  }
}
