package dev.wflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;

class LuaJsonTest {

  @Test
  void aTableThatContainsItselfIsACycleNamedByItsShortestPath() {
    LuaTable order = new LuaTable();
    LuaTable line = new LuaTable();
    line.set("order", order);
    LuaTable lines = new LuaTable();
    lines.set(1, line);
    order.set("lines", lines);
    assertThatThrownBy(() -> LuaJson.toJava(order, "result"))
        .isInstanceOf(LuaError.class)
        .hasMessageContaining("cannot encode result.lines[1].order as JSON: it is result again")
        .hasMessageNotContaining("order.order");
  }

  @Test
  void theSameTableTwiceSideBySideIsNoCycle() {
    LuaTable shared = new LuaTable();
    shared.set(1, org.luaj.vm2.LuaValue.valueOf(7));
    LuaTable both = new LuaTable();
    both.set("a", shared);
    both.set("b", shared);
    assertThat(LuaJson.toJava(both)).isEqualTo(Map.of("a", List.of(7L), "b", List.of(7L)));
  }

  @Test
  void deepButFiniteNestingIsRefusedWithItsDepth() {
    LuaTable root = new LuaTable();
    LuaTable t = root;
    for (int i = 0; i < 250; i++) {
      LuaTable next = new LuaTable();
      t.set("x", next);
      t = next;
    }
    assertThatThrownBy(() -> LuaJson.toJava(root))
        .hasMessageContaining("nested more than 200 levels deep");
  }
}
