package dev.wflow.lua.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random plain Lua 5.2 programs as token lists (joined by spaces or newlines), plus
 * token-level mutations of them. Names avoid Wippy's extra reserved words, so the programs mean the
 * same thing to LuaJ and to the dialect parser.
 */
final class LuaProgramGenerator {
  private static final String[] NAMES = {"a", "b", "c", "x", "y", "f", "t", "print", "type"};
  private static final String[] BINOPS = {
    "+", "-", "*", "/", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or"
  };
  private static final String[] LUA53_BINOPS = {"//", "&", "|", "~", "<<", ">>"};
  private static final String[] UNOPS = {"-", "not", "#"};
  private static final String[] MUTATION_TOKENS = {
    "end",
    "(",
    ")",
    "=",
    ",",
    "local",
    "then",
    "do",
    "..",
    "[",
    "]",
    "{",
    "}",
    ";",
    ".",
    "...",
    "if",
    "function",
    "return",
    "break",
    "x",
    "1",
    "'s'",
    "+",
    "not",
    "until",
    "goto",
    "in"
  };

  private final Random random;
  private final boolean lua53;
  private final List<String> out = new ArrayList<>();

  /** Per token of {@code out}: dialect-only annotations written right after it (or null). */
  private final List<String> annotations = new ArrayList<>();

  private boolean dialect;
  private String leading = "";
  private int loops;
  private boolean vararg = true;
  private int labels;

  LuaProgramGenerator(long seed) {
    this(seed, false);
  }

  /** With {@code lua53}, expressions also use the Lua 5.3 operators (both dialects have them). */
  LuaProgramGenerator(long seed, boolean lua53) {
    this.random = new Random(seed);
    this.lua53 = lua53;
  }

  /** A random program as tokens. */
  List<String> program() {
    out.clear();
    block(3, true);
    return new ArrayList<>(out);
  }

  /** A plain program and the same program with type annotations, casts and type statements. */
  record Annotated(String plain, String dialect) {}

  /**
   * The same random program twice: plain Lua, and decorated with dialect-only syntax that erases to
   * nothing. Annotations stay on the line of the token before them, so both have the same lines.
   */
  Annotated annotated() {
    dialect = true;
    out.clear();
    annotations.clear();
    leading = "";
    block(3, true);
    dialect = false;
    StringBuilder plain = new StringBuilder();
    StringBuilder typed = new StringBuilder(leading);
    for (int i = 0; i < out.size(); i++) {
      char sep = random.nextInt(6) == 0 ? '\n' : ' ';
      plain.append(out.get(i)).append(sep);
      typed.append(out.get(i));
      if (annotations.get(i) != null) {
        typed.append(' ').append(annotations.get(i));
      }
      typed.append(sep);
    }
    return new Annotated(plain.toString(), typed.toString());
  }

  /** Adds dialect-only text after the last token (only when generating annotated programs). */
  private void annotate(String text) {
    if (!dialect) {
      return;
    }
    if (out.isEmpty()) {
      leading = leading + text + " ";
      return;
    }
    int last = out.size() - 1;
    String prev = annotations.get(last);
    annotations.set(last, prev == null ? text : prev + " " + text);
  }

  private boolean chance(int oneIn) {
    return dialect && random.nextInt(oneIn) == 0;
  }

  /** The tokens joined with spaces, and newlines at random places. */
  String render(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append(t).append(random.nextInt(6) == 0 ? '\n' : ' ');
    }
    return sb.toString();
  }

  /** Deletes, duplicates, swaps or inserts one token. */
  List<String> mutate(List<String> tokens) {
    List<String> m = new ArrayList<>(tokens);
    if (m.isEmpty()) {
      m.add(pick(MUTATION_TOKENS));
      return m;
    }
    int i = random.nextInt(m.size());
    switch (random.nextInt(4)) {
      case 0 -> m.remove(i);
      case 1 -> m.add(i, m.get(i));
      case 2 -> {
        int j = Math.min(m.size() - 1, i + 1);
        String s = m.get(i);
        m.set(i, m.get(j));
        m.set(j, s);
      }
      default -> m.add(i, pick(MUTATION_TOKENS));
    }
    return m;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private void emit(String... tokens) {
    for (String t : tokens) {
      out.add(t);
      annotations.add(null);
    }
  }

  private void block(int depth, boolean allowReturn) {
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      statement(depth);
    }
    if (allowReturn && random.nextInt(4) == 0) {
      emit("return");
      if (random.nextBoolean() && exprList(depth) && chance(2)) {
        annotate(":: {[string]: number}");
      }
    }
  }

  private void statement(int depth) {
    if (chance(8)) {
      annotate(
          random.nextBoolean()
              ? "type Alias<T> = {x: T, y?: number}"
              : "interface I: J name: string function m(self): number end");
    }
    int choice = depth <= 0 ? random.nextInt(3) : random.nextInt(14);
    switch (choice) {
      case 0 -> {
        emit("local", name());
        if (chance(2)) {
          annotate(": number?");
        }
        if (random.nextBoolean()) {
          emit(",", name());
          if (chance(2)) {
            annotate(": {string}");
          }
        }
        if (random.nextBoolean()) {
          emit("=");
          if (exprList(depth) && chance(2)) {
            annotate(random.nextBoolean() ? ":: any" : "as Map<string, Box<number>>");
          }
        }
      }
      case 1 -> {
        target(depth);
        emit("=");
        exprList(depth);
      }
      case 2 -> call(depth);
      case 3 -> {
        emit("do");
        block(depth - 1, true);
        emit("end");
      }
      case 4 -> loop(depth, "while");
      case 5 -> loop(depth, "repeat");
      case 6 -> {
        emit("if");
        expr(depth - 1);
        emit("then");
        block(depth - 1, true);
        if (random.nextBoolean()) {
          emit("elseif");
          expr(depth - 1);
          emit("then");
          block(depth - 1, true);
        }
        if (random.nextBoolean()) {
          emit("else");
          block(depth - 1, true);
        }
        emit("end");
      }
      case 7 -> loop(depth, "fornum");
      case 8 -> loop(depth, "forin");
      case 9 -> {
        emit("function", name());
        if (random.nextBoolean()) {
          emit(random.nextBoolean() ? "." : ":", name());
        }
        if (chance(3)) {
          annotate("<T, U: Box<T>>");
        }
        funcBody(depth);
      }
      case 10 -> {
        emit("local", "function", name());
        if (chance(3)) {
          annotate("<T>");
        }
        funcBody(depth);
      }
      case 11 -> {
        if (loops > 0 || random.nextInt(8) == 0) {
          emit("break");
        }
      }
      case 12 -> {
        String label = "l" + (labels++ % 3);
        emit("::", label, "::");
      }
      default -> {
        if (random.nextInt(3) == 0) {
          emit("goto", "l" + random.nextInt(3));
        } else {
          call(depth);
        }
      }
    }
  }

  private void loop(int depth, String kind) {
    loops++;
    switch (kind) {
      case "while" -> {
        emit("while");
        expr(depth - 1);
        emit("do");
        block(depth - 1, true);
        emit("end");
      }
      case "repeat" -> {
        emit("repeat");
        block(depth - 1, true);
        emit("until");
        expr(depth - 1);
      }
      case "fornum" -> {
        emit("for", name(), "=");
        expr(depth - 1);
        emit(",");
        expr(depth - 1);
        if (random.nextBoolean()) {
          emit(",");
          expr(depth - 1);
        }
        emit("do");
        block(depth - 1, true);
        emit("end");
      }
      default -> {
        emit("for", name(), ",", name(), "in");
        exprList(depth - 1);
        emit("do");
        block(depth - 1, true);
        emit("end");
      }
    }
    loops--;
  }

  private void funcBody(int depth) {
    int savedLoops = loops;
    boolean savedVararg = vararg;
    loops = 0;
    emit("(");
    boolean any = false;
    if (random.nextBoolean()) {
      emit(name());
      if (chance(2)) {
        annotate(": (a: number, string) -> boolean");
      }
      any = true;
    }
    vararg = random.nextBoolean();
    if (vararg) {
      if (any) {
        emit(",");
      }
      emit("...");
      if (chance(2)) {
        annotate(": number");
      }
    }
    emit(")");
    if (chance(2)) {
      annotate(random.nextBoolean() ? ": (number, string?)" : ": fun(x: T): T");
    }
    block(depth - 1, true);
    emit("end");
    loops = savedLoops;
    vararg = savedVararg;
  }

  private String name() {
    return pick(NAMES);
  }

  private void target(int depth) {
    emit(name());
    if (random.nextInt(3) == 0) {
      if (random.nextBoolean()) {
        emit(".", name());
      } else {
        emit("[");
        expr(depth - 1);
        emit("]");
      }
    }
  }

  private void call(int depth) {
    emit(name());
    if (random.nextInt(3) == 0) {
      emit(":", name());
    }
    switch (random.nextInt(4)) {
      case 0 -> emit("'s'");
      case 1 -> table(depth);
      default -> {
        emit("(");
        if (random.nextBoolean()) {
          exprList(depth);
        }
        emit(")");
      }
    }
  }

  /** Whether the list ends with a suffixed expression (which a cast may follow). */
  private boolean exprList(int depth) {
    boolean suffixed = expr(depth - 1);
    if (random.nextInt(3) == 0) {
      emit(",");
      suffixed = expr(depth - 1);
    }
    return suffixed;
  }

  /** Emits an expression; true when it is a suffixed expression (a name, call or parens). */
  private boolean expr(int depth) {
    int choice = depth <= 0 ? random.nextInt(6) : random.nextInt(13);
    switch (choice) {
      case 0 -> emit(pick(new String[] {"nil", "true", "false"}));
      case 1 -> emit(pick(new String[] {"1", "2.5", "0x1F", "1e3", ".5", "42"}));
      case 2 -> emit(pick(new String[] {"'s'", "\"q\\n\"", "[[long]]", "'\\65'", "[==[x]]y]==]"}));
      case 3, 4 -> {
        emit(name());
        if (chance(4)) {
          annotate("!");
        }
        return true;
      }
      case 5 -> {
        if (vararg || random.nextInt(8) == 0) {
          emit("...");
        } else {
          emit(name());
        }
      }
      case 6, 7 -> {
        expr(depth - 1);
        emit(lua53 && random.nextInt(3) == 0 ? pick(LUA53_BINOPS) : pick(BINOPS));
        expr(depth - 1);
      }
      case 8 -> {
        emit(lua53 && random.nextInt(4) == 0 ? "~" : pick(UNOPS));
        expr(depth - 1);
      }
      case 9 -> {
        emit("(");
        expr(depth - 1);
        emit(")");
        return true;
      }
      case 10 -> {
        call(depth - 1);
        return true;
      }
      case 11 -> table(depth - 1);
      default -> {
        emit("function");
        if (chance(3)) {
          annotate("<T>");
        }
        funcBody(depth - 1);
      }
    }
    return false;
  }

  private void table(int depth) {
    emit("{");
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(3)) {
        case 0 -> expr(depth - 1);
        case 1 -> {
          emit(name(), "=");
          expr(depth - 1);
        }
        default -> {
          emit("[");
          expr(depth - 1);
          emit("]", "=");
          expr(depth - 1);
        }
      }
      if (i < n - 1 || random.nextBoolean()) {
        emit(random.nextBoolean() ? "," : ";");
      }
    }
    emit("}");
  }
}
