package dev.wflow.lua.lower;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Generated arithmetic and bitwise expressions, lowered and run by LuaJ, give the values the real
 * Lua 5.3 interpreter gives (compared as doubles, since LuaJ cannot tell 3 from 3.0), and fail
 * where Lua 5.3 fails.
 */
class Lua53DifferentialTest {
  private static final double EXACT_LIMIT = 9007199254740992.0; // 2^53
  private static final java.util.Set<String> DIVISIONS = java.util.Set.of("/", "//", "%");

  record Reference(String type, double value, String error) {}

  @Test
  void loweredOperatorsMatchLua53(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        lua53Available(), "lua5.3 is not installed (apt-get install -y lua5.3); skipping");
    ArithmeticGenerator gen = new ArithmeticGenerator(53);
    List<ArithmeticGenerator.Node> roots = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      roots.add(gen.expression(4));
    }
    Map<Integer, Reference> reference = runLua53(dir, gen.nodes());
    Globals globals = JsePlatform.standardGlobals();
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (ArithmeticGenerator.Node root : roots) {
      if (!comparable(root, reference)) {
        continue;
      }
      compared++;
      String ours = runLowered(globals, root.text());
      String expected = describe(reference.get(root.id()));
      if (!sameOutcome(ours, reference.get(root.id())) && mismatches.size() < 10) {
        mismatches.add(root.text() + "\n  lua5.3: " + expected + "\n  ours:   " + ours);
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isGreaterThan(300);
  }

  static boolean lua53Available() {
    return dev.wflow.lua.syntax.Lua53.available();
  }

  /**
   * Leaves out what LuaJ values cannot represent: integers beyond 2^53, and division by a zero
   * whose integer/float kind decides the outcome ({@code x // 0.0} is inf, {@code x // 0} an error,
   * and LuaJ stores 0.0 as 0).
   */
  private static boolean comparable(ArithmeticGenerator.Node n, Map<Integer, Reference> ref) {
    Reference r = ref.get(n.id());
    if (r.error() == null && r.type().equals("integer") && Math.abs(r.value()) >= EXACT_LIMIT) {
      return false;
    }
    if (DIVISIONS.contains(n.op()) && n.children().size() == 2) {
      Reference divisor = ref.get(n.children().get(1).id());
      if (divisor.error() == null && divisor.value() == 0) {
        return false;
      }
    }
    for (ArithmeticGenerator.Node c : n.children()) {
      if (!comparable(c, ref)) {
        return false;
      }
    }
    return true;
  }

  private static Map<Integer, Reference> runLua53(Path dir, List<ArithmeticGenerator.Node> nodes)
      throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder();
    for (ArithmeticGenerator.Node n : nodes) {
      if (n.id() % 1000 == 0) { // one function per 1000 cases keeps under Lua's local limit
        script.append(n.id() == 0 ? "" : "end)()\n").append(";(function()\n");
      }
      script
          .append("do local ok, v = pcall(function() return ")
          .append(n.text())
          .append(" end) if ok then io.write(")
          .append(n.id())
          .append(
              ", ' ', math.type(v) or type(v), ' ', string.format('%.17g', v), '\\n') else io.write(")
          .append(n.id())
          .append(", ' error ', (tostring(v):gsub('\\n', ' ')), '\\n') end end\n");
    }
    script.append("end)()\n");
    Path file = dir.resolve("exprs.lua");
    Files.writeString(file, script.toString());
    Process p = new ProcessBuilder("lua5.3", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Map<Integer, Reference> result = new HashMap<>();
    for (String line : out.split("\n")) {
      assertThat(line).as("lua5.3 output").matches("\\d+ .*");
      String[] parts = line.split(" ", 3);
      int id = Integer.parseInt(parts[0]);
      if (parts[1].equals("error")) {
        result.put(id, new Reference("error", Double.NaN, parts[2]));
      } else {
        result.put(id, new Reference(parts[1], parseLuaDouble(parts[2]), null));
      }
    }
    assertThat(result).hasSize(nodes.size());
    return result;
  }

  private static double parseLuaDouble(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan", "-nan" -> Double.NaN;
      default -> Double.parseDouble(s);
    };
  }

  private static String runLowered(Globals globals, String expr) throws Exception {
    try {
      LuaValue v = DialectLoader.load(globals, "expr.lua", "return " + expr).call();
      return v.isnumber() ? "value " + v.todouble() : "non-number " + v.tojstring();
    } catch (LuaError e) {
      return "error " + e.getMessage();
    }
  }

  private static String describe(Reference r) {
    return r.error() != null ? "error " + r.error() : r.type() + " " + r.value();
  }

  private static boolean sameOutcome(String ours, Reference r) {
    if (r.error() != null) {
      return ours.startsWith("error");
    }
    if (!ours.startsWith("value ")) {
      return false;
    }
    double v = Double.parseDouble(ours.substring(6));
    return Double.isNaN(r.value()) ? Double.isNaN(v) : v == r.value();
  }
}
