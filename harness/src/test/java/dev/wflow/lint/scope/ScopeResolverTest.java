package dev.wflow.lint.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeResolverTest {

  private static Node.Chunk parse(String lua) {
    ParseResult r = LuaParser.parse("t.lua", lua);
    assertThat(r.diagnostics()).isEmpty();
    return r.chunk();
  }

  private static List<Expr.NameRef> refs(Node.Chunk chunk, String name) {
    List<Expr.NameRef> out = new ArrayList<>();
    new AstWalker() {
      @Override
      public Void visitNameRef(Expr.NameRef e) {
        if (e.name().equals(name)) {
          out.add(e);
        }
        return null;
      }
    }.walk(chunk);
    return out;
  }

  @Test
  void localIsVisibleAfterItsStatementOnly() {
    Node.Chunk chunk = parse("local x = x\nreturn x\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    List<Expr.NameRef> xs = refs(chunk, "x");
    assertThat(model.isGlobal(xs.get(0))).isTrue();
    assertThat(model.variableOf(xs.get(1)).declaration().span().line()).isEqualTo(1);
  }

  @Test
  void repeatConditionSeesBodyLocalsAndLoopVariablesStayInTheirBody() {
    Node.Chunk chunk =
        parse("repeat local done = true until done\nfor i = 1, 2 do end\nreturn i, done\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    assertThat(model.isGlobal(refs(chunk, "done").get(0))).isFalse();
    assertThat(model.isGlobal(refs(chunk, "done").get(1))).isTrue();
    assertThat(model.isGlobal(refs(chunk, "i").get(0))).isTrue();
  }

  @Test
  void localFunctionSeesItselfAndMethodsGetSelf() {
    Node.Chunk chunk =
        parse(
            "local function f(n) return f(n) end\n"
                + "local M = {}\nfunction M:g() return self end\nreturn M\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    assertThat(model.isGlobal(refs(chunk, "f").get(0))).isFalse();
    Variable self = model.variableOf(refs(chunk, "self").get(0));
    assertThat(self.kind()).isEqualTo(Variable.Kind.SELF);
    assertThat(self.exempt()).isTrue();
  }

  @Test
  void shadowingIsAcrossBlocksNotWithinOne() {
    Node.Chunk chunk =
        parse("local a, err = 1\nlocal b, err = 2\ndo local a = 3 end\nreturn a, b, err\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    assertThat(model.shadowings())
        .extracting(s -> s.variable().name(), s -> s.shadowed().declaration().span().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1));
  }

  @Test
  void declaredLaterFindsTheLocalAUseMissed() {
    Node.Chunk chunk =
        parse("local function main() return helper() end\nlocal function helper() end\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    Expr.NameRef use = refs(chunk, "helper").get(0);
    assertThat(model.isGlobal(use)).isTrue();
    assertThat(model.declaredLater("helper", use.span()))
        .map(v -> v.declaration().span().line())
        .contains(2);
  }

  @Test
  void aliasesAndRequireFollowToGlobalPaths() {
    Node.Chunk chunk =
        parse(
            "local t = os.time\nlocal m = math\nlocal j = require(\"json\")\n"
                + "local r = os.time\nr = nil\nlocal os = {}\n"
                + "return t, m.random, j.encode, r, os.time\n");
    ScopeModel model = ScopeResolver.resolve(chunk);
    GlobalPaths paths = new GlobalPaths(model);
    List<Expr> returned =
        ((dev.wflow.lua.syntax.Stat.Return)
                chunk.block().stats().get(chunk.block().stats().size() - 1))
            .values();
    assertThat(returned.stream().map(e -> paths.of(e).map(GlobalPath::text)).toList())
        .containsExactly(
            Optional.of("os.time"),
            Optional.of("math.random"),
            Optional.of("json.encode"),
            Optional.empty(),
            Optional.empty());
    assertThat(paths.of(returned.get(0)).orElseThrow().via().name()).isEqualTo("t");
  }
}
