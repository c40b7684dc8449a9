package dev.wflow.runtime.compress;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The five algorithms: gzip, raw deflate and zlib from the JDK, brotli through brotli4j and zstd
 * through zstd-jni (both ship their native libraries in their jars).
 */
final class Codecs {

  private Codecs() {}

  static final Codec GZIP =
      new Flate("gzip") {
        @Override
        public byte[] encode(byte[] data, int level, byte[] dict) throws IOException {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (GZIPOutputStream gz =
              new GZIPOutputStream(out) {
                {
                  def.setLevel(level);
                }
              }) {
            gz.write(data);
          }
          return out.toByteArray();
        }

        @Override
        public InputStream decoder(byte[] data, byte[] dict) throws IOException {
          return new GZIPInputStream(new ByteArrayInputStream(data));
        }
      };

  static final Codec DEFLATE = new Zlib("deflate", true);

  static final Codec ZLIB = new Zlib("zlib", false);

  static final Codec BROTLI =
      new Codec() {
        @Override
        public String name() {
          return "brotli";
        }

        @Override
        public int minLevel() {
          return 0;
        }

        @Override
        public int maxLevel() {
          return 11;
        }

        @Override
        public int defaultLevel() {
          return 6;
        }

        @Override
        public String levelMessage() {
          return "brotli quality must be between 0 and 11";
        }

        @Override
        public byte[] encode(byte[] data, int level, byte[] dict) throws IOException {
          available();
          return Encoder.compress(data, new Encoder.Parameters().setQuality(level));
        }

        @Override
        public InputStream decoder(byte[] data, byte[] dict) throws IOException {
          available();
          return new BrotliInputStream(new ByteArrayInputStream(data));
        }

        @Override
        public boolean readErrorsAreInvalid() {
          return true;
        }

        private void available() throws IOException {
          if (!Brotli4jLoader.isAvailable()) {
            throw new IOException(
                "brotli is not available on this platform: "
                    + Brotli4jLoader.getUnavailabilityCause());
          }
        }
      };

  static final Codec ZSTD =
      new Codec() {
        @Override
        public String name() {
          return "zstd";
        }

        @Override
        public int minLevel() {
          return 1;
        }

        @Override
        public int maxLevel() {
          return 22;
        }

        @Override
        public int defaultLevel() {
          return 3;
        }

        @Override
        public String levelMessage() {
          return "zstd level must be between 1 and 22";
        }

        @Override
        public byte[] encode(byte[] data, int level, byte[] dict) {
          if (dict == null) {
            return Zstd.compress(data, level);
          }
          try (ZstdDictCompress d = new ZstdDictCompress(dict, level)) {
            return Zstd.compress(data, d);
          }
        }

        @Override
        public InputStream decoder(byte[] data, byte[] dict) throws IOException {
          ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(data));
          if (dict != null) {
            in.setDict(dict);
          }
          return in;
        }
      };

  /** gzip's and zlib's shared level rules (1 to 9, default 6). */
  private abstract static class Flate implements Codec {
    private final String name;

    Flate(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int minLevel() {
      return 1;
    }

    @Override
    public int maxLevel() {
      return 9;
    }

    @Override
    public int defaultLevel() {
      return 6;
    }

    @Override
    public String levelMessage() {
      return "compression level must be between 1 and 9";
    }
  }

  private static final class Zlib extends Flate {
    private final boolean raw;

    Zlib(String name, boolean raw) {
      super(name);
      this.raw = raw;
    }

    @Override
    public byte[] encode(byte[] data, int level, byte[] dict) throws IOException {
      Deflater deflater = new Deflater(level, raw);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
        d.write(data);
      } finally {
        deflater.end();
      }
      return out.toByteArray();
    }

    @Override
    public InputStream decoder(byte[] data, byte[] dict) throws IOException {
      if (!raw && (data.length < 2 || ((data[0] & 0xff) * 256 + (data[1] & 0xff)) % 31 != 0)) {
        throw new IOException("invalid zlib header");
      }
      return new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(raw)) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n < 0 && !inf.finished()) {
            throw new java.io.EOFException(
                "unexpected end of " + (raw ? "deflate" : "zlib") + " data");
          }
          return n;
        }
      };
    }

    @Override
    public boolean readErrorsAreInvalid() {
      return raw;
    }
  }
}
