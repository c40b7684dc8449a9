package dev.wflow.lua.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random arithmetic and bitwise expressions over small literals, every sub-expression numbered so
 * the reference interpreter can report each intermediate value.
 */
final class ArithmeticGenerator {
  /** One expression node: its source text, operator and children (in evaluation order). */
  record Node(int id, String text, String op, List<Node> children) {}

  // No '^': LuaJ computes it with Math.pow, which differs from C's pow (1 ^ inf is NaN), and
  // lowering leaves it alone.
  private static final String[] BINARY = {
    "+", "-", "*", "/", "//", "%", "&", "|", "~", "<<", ">>", "//", "&", "|", "~", "<<", ">>"
  };
  private static final String[] LEAVES = {
    "0", "1", "2", "3", "7", "-5", "13", "255", "1000", "-1", "2.5", "-0.5", "3.0", "0.0", "1e2",
    "0x10", "0xff", "\"10\"", "64", "63", "-64", "40"
  };

  private final Random random;
  private final List<Node> all = new ArrayList<>();

  ArithmeticGenerator(long seed) {
    random = new Random(seed);
  }

  /** Every node generated so far, children before parents. */
  List<Node> nodes() {
    return all;
  }

  Node expression(int depth) {
    Node n;
    if (depth <= 0 || random.nextInt(4) == 0) {
      n = new Node(all.size(), LEAVES[random.nextInt(LEAVES.length)], "leaf", List.of());
    } else if (random.nextInt(6) == 0) {
      Node operand = expression(depth - 1);
      String op = random.nextBoolean() ? "-" : "~";
      n = new Node(all.size(), op + " (" + operand.text() + ")", "unary" + op, List.of(operand));
    } else {
      Node left = expression(depth - 1);
      Node right = expression(depth - 1);
      String op = BINARY[random.nextInt(BINARY.length)];
      String text = "(" + left.text() + ") " + op + " (" + right.text() + ")";
      n = new Node(all.size(), text, op, List.of(left, right));
    }
    all.add(n);
    return n;
  }
}
