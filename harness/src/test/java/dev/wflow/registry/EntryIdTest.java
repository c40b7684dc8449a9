package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntryIdTest {

  @Test
  void splitsAtTheFirstColon() {
    EntryId id = EntryId.parse("app.orders.v2:charge.payment");
    assertThat(id.namespace()).isEqualTo("app.orders.v2");
    assertThat(id.name()).isEqualTo("charge.payment");
    assertThat(id).hasToString("app.orders.v2:charge.payment");
    assertThat(EntryId.parse("a:b:c").name()).isEqualTo("b:c");
  }

  @Test
  void rejectsMalformedIds() {
    assertThatThrownBy(() -> EntryId.parse("order_workflow"))
        .hasMessageContaining("namespace:name required");
    assertThat(EntryId.tryParse(":x")).isEmpty();
    assertThat(EntryId.tryParse("app:")).isEmpty();
    assertThat(EntryId.tryParse("app..x:y")).isEmpty();
    assertThat(EntryId.tryParse("1app:y")).isEmpty();
    assertThat(EntryId.tryParse("app:has space")).isEmpty();
  }

  @Test
  void resolveDefaultsTheNamespace() {
    assertThat(EntryId.resolve("worker", "app")).contains(new EntryId("app", "worker"));
    assertThat(EntryId.resolve(" other:worker ", "app")).contains(new EntryId("other", "worker"));
    assertThat(EntryId.resolve("", "app")).isEmpty();
    assertThat(EntryId.resolve(null, "app")).isEmpty();
  }
}
