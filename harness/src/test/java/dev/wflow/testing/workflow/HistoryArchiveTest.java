package dev.wflow.testing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryArchiveTest {

  @Test
  void namesThatDifferOnlyInPunctuationGetDistinctFiles() {
    assertThat(HistoryArchive.safe("refund: full"))
        .isNotEqualTo(HistoryArchive.safe("refund/full"));
    assertThat(HistoryArchive.safe("plain-name_1.2")).isEqualTo("plain-name_1.2");
    assertThat(HistoryArchive.safe("..")).doesNotStartWith(".");
  }
}
