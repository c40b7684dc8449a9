package dev.wflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code string.pack}/{@code unpack}/{@code packsize} as the platform's engine has them. */
class StringPackingTest {

  private static Object run(String source) throws LuaLoadException {
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(line -> {}, Map.of()), "app:f");
    return LuaJson.toJava(sandbox.load("src/t.lua", source).call());
  }

  @Test
  void integersFloatsAndStringsRoundTripInBothByteOrders() throws LuaLoadException {
    Object r =
        run(
            """
            local p = string.pack("<i4 >I2 b B h d z s1 c3", -2, 513, -1, 255, -300, 1.5, "zz", "ab", "x")
            local a, b, c, d, e, f, g, h, i, next = string.unpack("<i4 >I2 b B h d z s1 c3", p)
            return {#p, a, b, c, d, e, f, g, h, i == "x\\0\\0", next,
              string.byte(string.pack("<i4", 1), 1, 4), string.byte(string.pack(">i4", 1), 4),
              string.packsize("i4 I2 b d c3 x"), string.unpack("i8", string.pack("j", 2^40))}
            """);
    assertThat(r)
        .isEqualTo(
            List.of(
                4L + 2 + 1 + 1 + 2 + 8 + 3 + 3 + 3,
                -2L,
                513L,
                -1L,
                255L,
                -300L,
                1.5,
                "zz",
                "ab",
                true,
                28L,
                1L,
                1L,
                19L,
                1099511627776L,
                9L));
  }

  @Test
  void badFormatsAndShortDataRaiseThePlatformsErrors() throws LuaLoadException {
    Object r =
        run(
            """
            local function err(f, ...) return select(2, pcall(f, ...)) end
            return {err(string.pack, "q", 1), err(string.unpack, "i4", "ab"),
              err(string.unpack, "z", "abc"), err(string.packsize, "s4"),
              select(2, string.unpack("B", "\\1\\2", 2)), string.unpack("!8 X i2", "\\5\\0")}
            """);
    assertThat(r)
        .isEqualTo(
            List.of(
                "invalid format option 'q'",
                "data string too short",
                "unfinished string for format 'z'",
                "variable-length format",
                3L,
                5L,
                3L));
  }
}
