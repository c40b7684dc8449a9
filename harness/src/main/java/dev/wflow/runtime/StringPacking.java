package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.io.ByteArrayOutputStream;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code string.pack}, {@code string.unpack} and {@code string.packsize} as the platform's Lua
 * engine has them (wippyai/go-lua's string library, which LuaJ lacks): options {@code b B h H l j L
 * J T i[n] I[n] f d n c[n] z s[n] x}, byte order {@code < > =} (native is little-endian), {@code
 * !n} and {@code X} accepted but with no alignment ever added, spaces ignored. Numbers are LuaJ's
 * doubles: an 8-byte integer beyond 2^53 loses its low bits (see the README on integers).
 */
final class StringPacking {

  private StringPacking() {}

  static void install(LuaTable string) {
    string.set("pack", of(StringPacking::pack));
    string.set("unpack", of(StringPacking::unpack));
    string.set("packsize", of(a -> LuaValue.valueOf(packsize(a.checkjstring(1)))));
  }

  /** Reads a format one option at a time. */
  private static final class Format {
    final String text;
    int pos;
    boolean little = true;

    Format(String text) {
      this.text = text;
    }

    /** The next option character, or -1 at the end. */
    int next() {
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c != ' ') {
          return c;
        }
      }
      return -1;
    }

    /** A size written after an option, or {@code def} when none is. */
    int number(int def) {
      if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
        return def;
      }
      int n = 0;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        n = n * 10 + (text.charAt(pos++) - '0');
      }
      return n;
    }

    /** A size for {@code i}/{@code I}/{@code s}, which must fit 8 bytes. */
    int integralSize(int def) {
      int n = number(def);
      if (n < 1 || n > 8) {
        throw new LuaError("integral size (" + n + ") out of limits [1,8]");
      }
      return n;
    }

    /** Whether {@code c} only sets byte order or alignment. */
    boolean setting(int c) {
      switch (c) {
        case '<' -> little = true;
        case '>' -> little = false;
        case '=' -> little = true;
        case '!' -> number(8);
        case 'X' -> {
          // Alignment: the platform's engine adds none.
        }
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static Varargs pack(Varargs a) {
    Format f = new Format(a.checkjstring(1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int arg = 2;
    for (int c = f.next(); c != -1; c = f.next()) {
      if (f.setting(c)) {
        continue;
      }
      switch (c) {
        case 'b', 'B' -> integer(out, a.checklong(arg++), 1, f.little);
        case 'h', 'H' -> integer(out, a.checklong(arg++), 2, f.little);
        case 'l', 'j', 'L', 'J', 'T' -> integer(out, a.checklong(arg++), 8, f.little);
        case 'i', 'I' -> {
          int size = f.integralSize(4);
          integer(out, a.checklong(arg++), size, f.little);
        }
        case 'f' -> integer(out, Float.floatToIntBits((float) a.checkdouble(arg++)), 4, f.little);
        case 'd', 'n' -> integer(out, Double.doubleToLongBits(a.checkdouble(arg++)), 8, f.little);
        case 'c' -> {
          int size = f.number(0);
          byte[] s = Builtin.bytes(a.checkstring(arg++));
          for (int i = 0; i < size; i++) {
            out.write(i < s.length ? s[i] : 0);
          }
        }
        case 'z' -> {
          out.writeBytes(Builtin.bytes(a.checkstring(arg++)));
          out.write(0);
        }
        case 's' -> {
          int size = f.integralSize(8);
          byte[] s = Builtin.bytes(a.checkstring(arg++));
          integer(out, s.length, size, f.little);
          out.writeBytes(s);
        }
        case 'x' -> out.write(0);
        default -> throw invalid(c);
      }
    }
    return LuaString.valueOf(out.toByteArray());
  }

  private static Varargs unpack(Varargs a) {
    Format f = new Format(a.checkjstring(1));
    byte[] data = Builtin.bytes(a.checkstring(2));
    int pos = a.optint(3, 1) - 1;
    java.util.List<LuaValue> results = new java.util.ArrayList<>();
    for (int c = f.next(); c != -1; c = f.next()) {
      if (f.setting(c)) {
        continue;
      }
      switch (c) {
        case 'b', 'B', 'h', 'H', 'l', 'j', 'L', 'J', 'T', 'i', 'I' -> {
          int size =
              switch (c) {
                case 'b', 'B' -> 1;
                case 'h', 'H' -> 2;
                case 'i', 'I' -> f.integralSize(4);
                default -> 8;
              };
          need(data, pos, size);
          boolean signed = c == 'b' || c == 'h' || c == 'l' || c == 'j' || c == 'i';
          long v = read(data, pos, size, f.little, signed && size < 8);
          results.add(LuaValue.valueOf((double) v));
          pos += size;
        }
        case 'f' -> {
          need(data, pos, 4);
          results.add(
              LuaValue.valueOf(
                  (double) Float.intBitsToFloat((int) read(data, pos, 4, f.little, false))));
          pos += 4;
        }
        case 'd', 'n' -> {
          need(data, pos, 8);
          results.add(
              LuaValue.valueOf(Double.longBitsToDouble(read(data, pos, 8, f.little, false))));
          pos += 8;
        }
        case 'c' -> {
          int size = f.number(0);
          need(data, pos, size);
          results.add(LuaString.valueOf(java.util.Arrays.copyOfRange(data, pos, pos + size)));
          pos += size;
        }
        case 'z' -> {
          int end = pos;
          while (end < data.length && data[end] != 0) {
            end++;
          }
          if (end >= data.length) {
            throw new LuaError("unfinished string for format 'z'");
          }
          results.add(LuaString.valueOf(java.util.Arrays.copyOfRange(data, pos, end)));
          pos = end + 1;
        }
        case 's' -> {
          int size = f.integralSize(8);
          need(data, pos, size);
          long length = read(data, pos, size, f.little, false);
          pos += size;
          if (length < 0 || length > data.length - pos) {
            throw new LuaError("data string too short");
          }
          results.add(
              LuaString.valueOf(java.util.Arrays.copyOfRange(data, pos, pos + (int) length)));
          pos += (int) length;
        }
        case 'x' -> pos++;
        default -> throw invalid(c);
      }
    }
    results.add(LuaValue.valueOf(pos + 1));
    return LuaValue.varargsOf(results.toArray(new LuaValue[0]));
  }

  private static int packsize(String format) {
    Format f = new Format(format);
    int size = 0;
    for (int c = f.next(); c != -1; c = f.next()) {
      if (f.setting(c)) {
        continue;
      }
      size +=
          switch (c) {
            case 'b', 'B', 'x' -> 1;
            case 'h', 'H' -> 2;
            case 'f' -> 4;
            case 'l', 'L', 'j', 'J', 'T', 'd', 'n' -> 8;
            case 'i', 'I' -> f.integralSize(4);
            case 'c' -> f.number(0);
            case 'z', 's' -> throw new LuaError("variable-length format");
            default -> throw invalid(c);
          };
    }
    return size;
  }

  private static LuaError invalid(int c) {
    return new LuaError("invalid format option '" + (char) c + "'");
  }

  private static void need(byte[] data, int pos, int size) {
    if (pos < 0 || pos + size > data.length) {
      throw new LuaError("data string too short");
    }
  }

  private static void integer(ByteArrayOutputStream out, long v, int size, boolean little) {
    for (int i = 0; i < size; i++) {
      int shift = 8 * (little ? i : size - 1 - i);
      out.write((int) (v >>> shift) & 0xff);
    }
  }

  private static long read(byte[] data, int pos, int size, boolean little, boolean signed) {
    long v = 0;
    for (int i = 0; i < size; i++) {
      int b = data[pos + (little ? size - 1 - i : i)] & 0xff;
      v = (v << 8) | b;
    }
    if (signed) {
      int unused = 64 - 8 * size;
      v = (v << unused) >> unused;
    }
    return v;
  }
}
