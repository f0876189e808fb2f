package org.clausewatch.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void onlyLongTextsGetAWordDiff() {
    assertThat(FieldChange.of("Status", "ACTIVE", "SUSPENDED").hasWordDiff()).isFalse();
    String longText = "word ".repeat(40);
    assertThat(FieldChange.of("Text", longText, longText + "more").hasWordDiff()).isTrue();
    assertThat(FieldChange.of("Text", null, longText).hasWordDiff())
        .as("a created field has nothing to compare")
        .isFalse();
  }

  @Test
  void fieldNamesReadAsLabels() {
    assertThat(Snapshots.humanize("obligatedAmount")).isEqualTo("Obligated amount");
    assertThat(Snapshots.humanize("status")).isEqualTo("Status");
  }
}
