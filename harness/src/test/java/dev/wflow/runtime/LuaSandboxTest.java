package dev.wflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

class LuaSandboxTest {

  private final List<String> printed = new ArrayList<>();

  private LuaSandbox sandbox(String... modules) {
    LuaSandbox sandbox =
        new LuaSandbox(SandboxHost.system(printed::add, Map.of("k", "v")), "app:f");
    sandbox.install(List.of(modules));
    return sandbox;
  }

  private Object run(LuaSandbox sandbox, String source) throws Exception {
    return LuaJson.toJava(sandbox.load("src/t.lua", source).call());
  }

  @Test
  void errorsCarryTheLuaPositionWithAColon() throws Exception {
    Object msg = run(sandbox(), "local ok, e = pcall(function()\n error('boom')\n end)\n return e");
    assertThat(msg).isEqualTo("src/t.lua:2: boom");
  }

  @Test
  void errorObjectsFollowTheSpec() throws Exception {
    Object r =
        run(
            sandbox(),
            "local e = errors.new({message='gone', kind=errors.NOT_FOUND, retryable=false})\n"
                + "local w = errors.wrap(e, 'loading')\n"
                + "return {tostring(e), e:kind(), e:retryable(), w:message(), tostring(w),"
                + " errors.is(w, 'NotFound'), errors.new('x'):kind(), errors.new('x'):retryable() == nil}");
    assertThat(r)
        .isEqualTo(List.of("gone", "NotFound", false, "gone", "loading: gone", true, "", true));
  }

  @Test
  void requireIsAGlobalLookupAndModulesAreReadOnly() throws Exception {
    LuaSandbox s = sandbox("json");
    assertThat(run(s, "return require('json').encode({b = 1, a = {true, 'x'}})"))
        .isEqualTo("{\"a\":[true,\"x\"],\"b\":1}");
    assertThatThrownBy(() -> run(s, "require('nope')"))
        .hasMessageContaining("module 'nope' not found");
    assertThatThrownBy(() -> run(s, "json.encode = nil"))
        .hasMessageContaining("module 'json' is read-only");
  }

  @Test
  void osIsTimeOnlyAndIoDebugAreAbsent() throws Exception {
    Object r =
        run(
            sandbox(),
            "return {type(os.time()), os.execute == nil, io == nil, debug == nil, utf8 == nil}");
    assertThat(r).isEqualTo(List.of("number", true, true, true, true));
  }

  @Test
  void eachStateHasItsOwnStringMethods() throws Exception {
    LuaSandbox first = sandbox();
    LuaSandbox second = sandbox();
    run(first, "string.upper = function() return 'patched' end");
    assertThat(run(first, "return ('abc'):upper()")).isEqualTo("patched");
    assertThat(run(second, "return ('abc'):upper()")).isEqualTo("ABC");
    // Replacing the metatable's __index is this state's business too.
    run(second, "getmetatable('').__index = {upper = function() return 'mine' end}");
    assertThat(run(second, "return ('abc'):upper()")).isEqualTo("mine");
    assertThat(run(sandbox(), "return ('abc'):upper(), getmetatable('').__index == string"))
        .isEqualTo("ABC");
    assertThat(run(sandbox(), "return getmetatable('').__index == string")).isEqualTo(true);
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void theNoYieldBudgetHoldsInsideAPatternMatch() {
    LuaSandbox s = sandbox();
    s.tracker().limitRun(Duration.ofMillis(200));
    // Exponential backtracking inside one string.find call: minutes without the checks.
    assertThatThrownBy(() -> run(s, "return string.find(('a'):rep(60), ('.-'):rep(15) .. 'b')"))
        .isInstanceOf(RunawayLuaError.class)
        .hasMessageContaining("src/t.lua:1: Lua code ran for more than 200 ms without yielding");
  }

  @Test
  void theNoYieldBudgetStartsAfterTheChunkIsCompiled() throws Exception {
    LuaSandbox s = sandbox();
    s.tracker().limitRun(Duration.ofMillis(100));
    Thread.sleep(150); // as if compiling a large chunk had taken longer than the budget
    Object r = run(s, "local n = 0\nfor i = 1, 20000 do n = n + i end\nreturn n");
    assertThat(r).isEqualTo(200010000L);
  }

  @Test
  void aStringTooLargeIsALuaError() {
    assertThatThrownBy(() -> run(sandbox(), "return ('x'):rep(1e6):rep(1e6)"))
        .isInstanceOf(LuaError.class)
        .hasMessageContaining("resulting string too large");
  }

  @Test
  void theLoweringsHelpersAreHiddenAndCannotBeReplaced() throws Exception {
    LuaSandbox s = sandbox();
    Object r =
        run(
            s,
            "local listed = false\n"
                + "for k in pairs(_G) do if k:find('wflow') then listed = true end end\n"
                + "__wflow_ops = {}\n"
                + "return {listed, 7 // 2, 7 % 4, 5 & 3}");
    assertThat(r).isEqualTo(List.of(false, 3L, 3L, 1L));
    // Another chunk of the same state still finds its operators.
    assertThat(run(s, "return 9 // 2")).isEqualTo(4L);
    assertThat(run(s, "undefined_global = 5\nreturn undefined_global + 1")).isEqualTo(6L);
  }

  @Test
  void onlyTextChunksLoad() throws Exception {
    // LuaJ's undumper would trust a crafted binary chunk; the platform has no bytecode at all.
    Object r =
        run(
            sandbox(),
            "local f, err = load('\\27LuaR\\0\\1\\4\\4\\4\\8\\0')\n"
                + "local g, err2 = loadstring('\\27Lua')\n"
                + "return {f == nil, err, g == nil, err2, string.dump == nil, load('return 1 + 1')()}");
    assertThat(r)
        .isEqualTo(
            List.of(
                true,
                "attempt to load a binary chunk (mode is 't')",
                true,
                "attempt to load a binary chunk (mode is 't')",
                true,
                2L));
  }

  @Test
  void unavailableModuleNamesItselfAndSuggestsAMock() {
    LuaSandbox s = sandbox("http_client");
    assertThatThrownBy(() -> run(s, "local h = require('http_client')\nreturn h.get('x')"))
        .isInstanceOf(LuaError.class)
        .hasMessageEndingWith(
            "module 'http_client' is not available under wflow (http_client.get); mock app:f"
                + " instead");
  }

  @Test
  void durationsFollowGoFormat() {
    assertThat(GoDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(GoDuration.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(GoDuration.fromLua(LuaValue.valueOf(1000), true)).isEqualTo(Duration.ofSeconds(1));
    assertThat(GoDuration.fromLua(LuaValue.valueOf(1e9), false)).isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> GoDuration.parse("1d"))
        .hasMessageContaining("invalid duration \"1d\"");
    assertThat(GoDuration.format(Duration.ofMinutes(90))).isEqualTo("1h30m0s");
  }

  @Test
  void runawayLoopIsStoppedWithItsLine() {
    LuaSandbox s = sandbox();
    s.tracker().limitRun(Duration.ofMillis(200));
    assertThatThrownBy(
            () -> run(s, "local n = 0\nwhile true do\n  pcall(function() n = n + 1 end)\nend"))
        .isInstanceOf(RunawayLuaError.class)
        .hasMessageMatching("src/t.lua:[23]: Lua code ran for more than 200 ms.*");
  }

  @Test
  void dialectCastsOperatorsAndMathAdditions() throws Exception {
    Object r =
        run(
            sandbox(),
            "return {string(12), integer('7'), math.type(1), math.type(1.5), select(2, integer('x')) ~= nil, unpack({5})}");
    assertThat(r).isEqualTo(List.of("12", 7L, "integer", "float", true, 5L));
  }

  @Test
  void sharedMetatablesCannotBeEdited() throws Exception {
    assertThat(run(sandbox(), "return getmetatable(errors.new('x'))")).isEqualTo("locked");
  }

  @Test
  void nonJsonValuesAreRefusedWithAPath() {
    assertThatThrownBy(() -> run(sandbox(), "return {a = {function() end}}"))
        .hasMessageContaining("cannot encode value.a[1] as JSON: it is a function");
  }
}
