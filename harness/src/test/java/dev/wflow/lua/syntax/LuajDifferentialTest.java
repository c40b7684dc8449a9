package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.compiler.LuaC;

/**
 * On plain Lua 5.2 programs (generated, and token-level mutations of them) the dialect parser and
 * LuaJ's compiler agree on accept/reject.
 */
class LuajDifferentialTest {

  static boolean luajAccepts(String source) {
    try {
      LuaC.instance.compile(
          new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), "p.lua");
      return true;
    } catch (LuaError e) {
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void agreesOnGeneratedAndMutatedPrograms() {
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    int dialectOnly = 0;
    for (long seed = 0; seed < 1500; seed++) {
      LuaProgramGenerator gen = new LuaProgramGenerator(seed);
      List<String> tokens = gen.program();
      List<String> variants = new ArrayList<>();
      variants.add(gen.render(tokens));
      for (int m = 0; m < 3; m++) {
        variants.add(gen.render(gen.mutate(tokens)));
      }
      for (String program : variants) {
        ParseResult parsed = LuaParser.parse("p.lua", program);
        boolean ours = parsed.ok();
        boolean luaj = luajAccepts(program);
        if (ours && !luaj && DialectFeatures.used(parsed.chunk())) {
          dialectOnly++; // a mutation produced valid dialect code (say a return type): no verdict
          continue;
        }
        if (ours != luaj && disagreements.size() < 5) {
          disagreements.add("ours=" + ours + " luaj=" + luaj + ":\n" + program);
        }
        if (luaj) {
          accepted++;
        } else {
          rejected++;
        }
      }
    }
    assertThat(disagreements).isEmpty();
    // Both outcomes must be well represented, or the comparison proves little.
    assertThat(accepted).isGreaterThan(1000);
    assertThat(rejected).isGreaterThan(1000);
    assertThat(dialectOnly).isLessThan(accepted / 10);
  }
}
