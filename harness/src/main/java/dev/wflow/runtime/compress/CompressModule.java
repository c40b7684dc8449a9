package dev.wflow.runtime.compress;

import com.github.luben.zstd.Zstd;
import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.PlainValues;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code compress} module ({@code runtime/lua/modules/compress}): {@code encode(data, {level})}
 * / {@code decode(data, {max_size})} for gzip, deflate, zlib, brotli and zstd (with {@code dict}),
 * and {@code zstd.train_dict} / {@code zstd.inspect_dict}; argument errors are {@code Invalid},
 * failures {@code Internal}, as in the runtime.
 *
 * <pre>{@code
 * ModuleTable compress = CompressModule.create();
 * // compress.gzip.decode(compress.gzip.encode("hi", {level = 9})) == "hi"
 * }</pre>
 */
public final class CompressModule {

  private static final long DEFAULT_MAX_SIZE = 128L * 1024 * 1024;
  private static final long ABSOLUTE_MAX_SIZE = 1024L * 1024 * 1024;
  private static final int DICT_DEFAULT_SIZE = 112 * 1024;
  private static final int DICT_MIN_SIZE = 256;
  private static final int DICT_MAX_SIZE = 1 << 20;

  private CompressModule() {}

  public static ModuleTable create() {
    ModuleTable m = new ModuleTable("compress");
    for (Codec c : List.of(Codecs.GZIP, Codecs.DEFLATE, Codecs.ZLIB, Codecs.BROTLI, Codecs.ZSTD)) {
      ModuleTable t = new ModuleTable("compress." + c.name());
      t.define("encode", LuaFunctions.of(a -> encode(c, a)));
      t.define("decode", LuaFunctions.of(a -> decode(c, a)));
      if (c == Codecs.ZSTD) {
        t.define("train_dict", LuaFunctions.of(CompressModule::trainDict));
        t.define("inspect_dict", LuaFunctions.of(CompressModule::inspectDict));
      }
      m.define(c.name(), t);
    }
    return m;
  }

  private static Varargs invalid(String message) {
    return Builtin.failure("Invalid", message);
  }

  private static byte[] input(Varargs a) {
    return a.arg1().type() == LuaValue.TSTRING ? Builtin.bytes((LuaString) a.arg1()) : null;
  }

  private static Varargs encode(Codec c, Varargs a) {
    byte[] data = input(a);
    if (data == null) {
      return invalid("string expected");
    }
    if (data.length == 0) {
      return invalid("input data cannot be empty");
    }
    int level = c.defaultLevel();
    LuaValue given = a.arg(2).istable() ? a.arg(2).get("level") : LuaValue.NIL;
    if (given.isnumber()) {
      level = (int) given.todouble();
      if (level < c.minLevel() || level > c.maxLevel()) {
        return invalid(c.levelMessage());
      }
    }
    byte[] dict = null;
    if (c == Codecs.ZSTD) {
      LuaValue d = dictOption(a);
      if (d == BAD_DICT) {
        return invalid("dict must be a non-empty string");
      }
      dict = d == null ? null : Builtin.bytes((LuaString) d);
    }
    try {
      return Builtin.success(Builtin.string(c.encode(data, level, dict)));
    } catch (IOException | RuntimeException e) {
      return Builtin.failure("Internal", c.name() + " encode failed: " + e.getMessage());
    }
  }

  private static final LuaValue BAD_DICT = LuaValue.valueOf("bad dict");

  private static LuaValue dictOption(Varargs a) {
    LuaValue d = a.arg(2).istable() ? a.arg(2).get("dict") : LuaValue.NIL;
    if (d.isnil()) {
      return null;
    }
    return d.type() == LuaValue.TSTRING && d.rawlen() > 0 ? d : BAD_DICT;
  }

  private static long maxSize(Varargs a) {
    LuaValue v = a.arg(2).istable() ? a.arg(2).get("max_size") : LuaValue.NIL;
    if (v.isnumber()) {
      long n = (long) v.todouble();
      if (n > 0 && n <= ABSOLUTE_MAX_SIZE) {
        return n;
      }
    }
    return DEFAULT_MAX_SIZE;
  }

  private static Varargs decode(Codec c, Varargs a) {
    byte[] data = input(a);
    if (data == null) {
      return invalid("string expected");
    }
    if (data.length == 0) {
      return invalid("input data cannot be empty");
    }
    long max = maxSize(a);
    byte[] dict = null;
    if (c == Codecs.ZSTD) {
      LuaValue d = dictOption(a);
      if (d == BAD_DICT) {
        return invalid("dict must be a non-empty string");
      }
      dict = d == null ? null : Builtin.bytes((LuaString) d);
    }
    InputStream in;
    try {
      in = c.decoder(data, dict);
    } catch (IOException | RuntimeException e) {
      return invalid("invalid " + c.name() + " data");
    }
    try (InputStream stream = in) {
      return Builtin.success(Builtin.string(Codec.readLimited(stream, max)));
    } catch (IOException | RuntimeException e) {
      return c.readErrorsAreInvalid() && !(e instanceof Codec.TooLarge)
          ? invalid("invalid " + c.name() + " data")
          : Builtin.failure("Internal", c.name() + " decode failed: " + e.getMessage());
    }
  }

  private static Varargs trainDict(Varargs a) {
    if (!a.arg1().istable()) {
      return invalid("samples must be a table of strings");
    }
    LuaTable t = (LuaTable) a.arg1();
    int n = PlainValues.maxn(t);
    if (n == 0) {
      return invalid("samples table cannot be empty");
    }
    List<byte[]> samples = new ArrayList<>();
    boolean longEnough = false;
    for (int i = 1; i <= n; i++) {
      LuaValue v = t.rawget(i);
      if (v.type() != LuaValue.TSTRING) {
        return invalid("samples entries must be strings");
      }
      byte[] b = Builtin.bytes((LuaString) v);
      if (b.length == 0) {
        return invalid("samples entries cannot be empty");
      }
      longEnough |= b.length >= 8;
      samples.add(b);
    }
    if (!longEnough) {
      return invalid("at least one sample must be 8 bytes or longer");
    }
    int size = DICT_DEFAULT_SIZE;
    LuaValue options = a.arg(2);
    if (options.istable() && options.get("size").isnumber()) {
      size = options.get("size").toint();
      if (size < DICT_MIN_SIZE || size > DICT_MAX_SIZE) {
        return invalid("dict size must be between 256 and 1048576");
      }
    }
    if (options.istable() && options.get("level").isnumber()) {
      int level = options.get("level").toint();
      if (level < 1 || level > 22) {
        return invalid("level must be between 1 and 22");
      }
    }
    if (options.istable() && options.get("id").isnumber()) {
      double id = options.get("id").todouble();
      if (id < 0 || id > 0xFFFFFFFFL) {
        return invalid("dict id must fit in uint32");
      }
    }
    try {
      byte[] buffer = new byte[size];
      long written = Zstd.trainFromBuffer(samples.toArray(new byte[0][]), buffer);
      byte[] dict = java.util.Arrays.copyOf(buffer, (int) written);
      return Builtin.success(Builtin.string(withId(dict, options)));
    } catch (RuntimeException e) {
      return Builtin.failure("Internal", "zstd dict training failed: " + e.getMessage());
    }
  }

  /** Writes {@code options.id} (when given) over the trained dictionary's random ID. */
  private static byte[] withId(byte[] dict, LuaValue options) {
    if (!options.istable() || !options.get("id").isnumber()) {
      return dict;
    }
    long v = (long) options.get("id").todouble();
    for (int i = 0; i < 4; i++) {
      dict[4 + i] = (byte) (v >> (8 * i));
    }
    return dict;
  }

  private static Varargs inspectDict(Varargs a) {
    byte[] data = input(a);
    if (data == null) {
      return invalid("dictionary must be a string");
    }
    if (data.length == 0) {
      return invalid("dictionary cannot be empty");
    }
    try {
      ZstdDictionary d = ZstdDictionary.inspect(data);
      LuaTable info = new LuaTable();
      info.rawset("id", LuaValue.valueOf((double) d.id()));
      info.rawset("content_size", LuaValue.valueOf(d.contentSize()));
      return Builtin.success(info);
    } catch (IllegalArgumentException e) {
      return invalid("invalid zstd dictionary");
    }
  }
}
