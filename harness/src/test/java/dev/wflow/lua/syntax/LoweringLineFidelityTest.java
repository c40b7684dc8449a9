package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.lua.lower.Lowering;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/**
 * Erasing types changes nothing LuaJ can see: a generated program decorated with annotations,
 * casts, {@code !}, generics and type statements lowers to text that compiles to the same
 * instructions, with the same line numbers, as the undecorated program. That is the line-for-line
 * guarantee.
 */
class LoweringLineFidelityTest {

  @Test
  void erasedProgramsCompileToIdenticalBytecodeAndLines() throws Exception {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (long seed = 0; seed < 1500; seed++) {
      LuaProgramGenerator.Annotated p = new LuaProgramGenerator(seed).annotated();
      Prototype original = compile(p.plain());
      ParseResult parsed = LuaParser.parse("p.lua", p.dialect());
      if (original == null || !parsed.ok()) {
        if (original != null && differences.size() < 5) {
          differences.add("dialect version rejected: " + parsed.diagnostics() + "\n" + p.dialect());
        }
        continue;
      }
      Lowering.Result result = Lowering.lower(parsed, p.dialect());
      if (result.usesOperators()) {
        continue; // '%' became a helper call: other instructions by design
      }
      compared++;
      String diff = compare(original, compile(result.lua()), "main");
      if (diff != null && differences.size() < 5) {
        differences.add(diff + "\n" + p.dialect() + "\n=>\n" + result.lua());
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(500);
  }

  private static Prototype compile(String source) throws Exception {
    try {
      return LuaC.instance.compile(
          new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), "p.lua");
    } catch (LuaError e) {
      return null;
    }
  }

  private static String compare(Prototype a, Prototype b, String where) {
    if (b == null) {
      return where + ": lowered text does not compile";
    }
    if (!Arrays.equals(a.code, b.code)) {
      return where + ": different instructions";
    }
    if (!Arrays.equals(a.lineinfo, b.lineinfo)) {
      return where
          + ": lines "
          + Arrays.toString(a.lineinfo)
          + " became "
          + Arrays.toString(b.lineinfo);
    }
    if (!Arrays.equals(a.k, b.k) || a.p.length != b.p.length) {
      return where + ": different constants or functions";
    }
    for (int i = 0; i < a.p.length; i++) {
      String d = compare(a.p[i], b.p[i], where + ".function" + i);
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
