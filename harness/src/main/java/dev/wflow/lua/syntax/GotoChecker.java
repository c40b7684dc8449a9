package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.Node.Block;
import dev.wflow.lua.syntax.Node.FuncBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Lua 5.2's compile-time rules for {@code goto} and labels, replayed on the AST exactly as
 * lparser.c does them: a label is unique in its block, a goto needs a visible label, and may not
 * jump forward into the scope of a local (unless the label ends the block).
 */
final class GotoChecker extends AstWalker {
  private record Label(String name, Span span, int activeLocals) {}

  private record PendingGoto(Stat.Goto stat, int activeLocals) {}

  /** Per function being checked. */
  private static final class FunctionState {
    final List<Label> labels = new ArrayList<>();
    final List<PendingGoto> gotos = new ArrayList<>();
    final List<String> locals = new ArrayList<>();
    int blockFirstLabel;
    int blockFirstGoto;
    int blockLocals;
    boolean repeatBody;
  }

  private final List<Report> reports = new ArrayList<>();
  private FunctionState fs = new FunctionState();

  private boolean checkMainChunk;
  private int functionDepth;

  /**
   * Checks a chunk: at most one error per function, like Lua stopping at the first. Without {@code
   * includeMainChunk} only nested functions are checked: after a syntax error the main chunk lacks
   * the statements that failed, so its labels cannot be trusted, while every function that parsed
   * is complete.
   */
  static List<Report> check(
      Node.Chunk chunk, boolean includeMainChunk, List<FuncBody> orphanFunctions) {
    GotoChecker c = new GotoChecker();
    c.checkMainChunk = includeMainChunk;
    c.functionBlock(chunk.block(), List.of());
    c.functionDepth++; // orphans are functions, checked like nested ones
    orphanFunctions.forEach(c::walkFunction);
    return c.reports;
  }

  record Report(Span span, String message) {}

  private void error(Span at, String message) {
    if (functionDepth == 1 && !checkMainChunk) {
      return;
    }
    reports.add(new Report(at, message));
    throw new SyntaxError(); // like Lua, stop at the first semantic error
  }

  private void functionBlock(Block body, List<String> params) {
    FunctionState saved = fs;
    functionDepth++;
    fs = new FunctionState();
    fs.locals.addAll(params);
    try {
      scopedBlock(body, false, List.of());
      if (!fs.gotos.isEmpty()) {
        Stat.Goto g = fs.gotos.get(0).stat();
        error(
            g.span(),
            "no visible label '" + g.label().text() + "' for <goto> at line " + g.span().line());
      }
    } catch (SyntaxError stop) {
      // already recorded
    } finally {
      fs = saved;
      functionDepth--;
    }
  }

  @Override
  protected void walkFunction(FuncBody body) {
    List<String> params = new ArrayList<>();
    body.params().forEach(p -> params.add(p.text()));
    functionBlock(body.body(), params);
  }

  @Override
  public void walkBlock(Block block) {
    scopedBlock(block, false, List.of());
  }

  /** enterblock; declare {@code locals}; statements; leaveblock (movegotosout). */
  private void scopedBlock(Block block, boolean repeatBody, List<String> locals) {
    int firstLabel = fs.blockFirstLabel;
    int firstGoto = fs.blockFirstGoto;
    int outerLocals = fs.blockLocals;
    boolean outerRepeat = fs.repeatBody;
    int activeAtEntry = fs.locals.size();
    fs.blockFirstLabel = fs.labels.size();
    fs.blockFirstGoto = fs.gotos.size();
    fs.blockLocals = activeAtEntry;
    fs.repeatBody = repeatBody;
    fs.locals.addAll(locals);
    int blockFirstGoto = fs.blockFirstGoto;
    List<Stat> stats = block.stats();
    for (int i = 0; i < stats.size(); i++) {
      statement(stats, i);
    }
    // leaveblock
    trim(fs.labels, fs.blockFirstLabel);
    trim(fs.locals, activeAtEntry);
    fs.blockFirstLabel = firstLabel;
    fs.blockFirstGoto = firstGoto;
    fs.blockLocals = outerLocals;
    fs.repeatBody = outerRepeat;
    moveGotosOut(blockFirstGoto, activeAtEntry);
  }

  private void moveGotosOut(int fromGoto, int blockLocals) {
    for (int i = fromGoto; i < fs.gotos.size(); ) {
      PendingGoto g = fs.gotos.get(i);
      if (g.activeLocals() > blockLocals) {
        g = new PendingGoto(g.stat(), blockLocals);
        fs.gotos.set(i, g);
      }
      if (!closeWithExistingLabel(i)) {
        i++;
      }
    }
  }

  private static <T> void trim(List<T> list, int size) {
    while (list.size() > size) {
      list.remove(list.size() - 1);
    }
  }

  private void statement(List<Stat> stats, int i) {
    Stat s = stats.get(i);
    if (s instanceof Stat.Goto g) {
      fs.gotos.add(new PendingGoto(g, fs.locals.size()));
      closeWithExistingLabel(fs.gotos.size() - 1);
    } else if (s instanceof Stat.Label l) {
      label(l, stats, i);
    } else if (s instanceof Stat.Local local) {
      walkExprs(local.values());
      local.names().forEach(n -> fs.locals.add(n.text()));
    } else if (s instanceof Stat.LocalFunction lf) {
      fs.locals.add(lf.name().text());
      walkFunction(lf.body());
    } else {
      s.accept(this);
    }
  }

  private void label(Stat.Label l, List<Stat> stats, int i) {
    String name = l.name().text();
    for (int k = fs.blockFirstLabel; k < fs.labels.size(); k++) {
      if (fs.labels.get(k).name().equals(name)) {
        error(
            l.span(),
            "label '" + name + "' already defined on line " + fs.labels.get(k).span().line());
      }
    }
    int active = endsBlock(stats, i) ? fs.blockLocals : fs.locals.size();
    Label label = new Label(name, l.span(), active);
    fs.labels.add(label);
    for (int k = fs.blockFirstGoto; k < fs.gotos.size(); ) {
      if (fs.gotos.get(k).stat().label().text().equals(name)) {
        close(k, label);
      } else {
        k++;
      }
    }
  }

  /** Only labels and erased type statements follow, and the block is not a repeat body. */
  private boolean endsBlock(List<Stat> stats, int i) {
    if (fs.repeatBody) {
      return false;
    }
    for (int k = i + 1; k < stats.size(); k++) {
      Stat s = stats.get(k);
      if (!(s instanceof Stat.Label
          || s instanceof Stat.TypeAlias
          || s instanceof Stat.Interface)) {
        return false;
      }
    }
    return true;
  }

  private boolean closeWithExistingLabel(int g) {
    String name = fs.gotos.get(g).stat().label().text();
    for (int k = fs.blockFirstLabel; k < fs.labels.size(); k++) {
      if (fs.labels.get(k).name().equals(name)) {
        close(g, fs.labels.get(k));
        return true;
      }
    }
    return false;
  }

  private void close(int g, Label label) {
    PendingGoto pending = fs.gotos.get(g);
    if (pending.activeLocals() < label.activeLocals()) {
      Stat.Goto st = pending.stat();
      error(
          st.span(),
          "<goto "
              + st.label().text()
              + "> at line "
              + st.span().line()
              + " jumps into the scope of local '"
              + fs.locals.get(pending.activeLocals())
              + "'");
    }
    fs.gotos.remove(g);
  }

  @Override
  public Void visitRepeat(Stat.Repeat s) {
    scopedBlock(s.body(), true, List.of());
    s.condition().accept(this);
    return null;
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    walkBounds(s);
    loopBody(s.body(), List.of(s.var().text()));
    return null;
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    walkExprs(s.exprs());
    List<String> vars = new ArrayList<>();
    s.vars().forEach(v -> vars.add(v.text()));
    loopBody(s.body(), vars);
    return null;
  }

  /** Lua's forbody: a block with three hidden control locals, then one with the loop variables. */
  private void loopBody(Block body, List<String> vars) {
    int active = fs.locals.size();
    int firstGoto = fs.gotos.size();
    fs.locals.add("(for state)");
    fs.locals.add("(for state)");
    fs.locals.add("(for state)");
    scopedBlock(body, false, vars);
    trim(fs.locals, active);
    moveGotosOut(firstGoto, active);
  }
}
