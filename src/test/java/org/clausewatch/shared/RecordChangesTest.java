package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordChangesTest {

  record Terms(String title, BigDecimal ceiling, String note) {}

  @Test
  void namesEachChangedFieldWithItsNewValue() {
    Terms before = new Terms("Frontier AI", new BigDecimal("200.00"), null);
    Terms now = new Terms("Frontier AI, phase 2", new BigDecimal("200"), "");

    assertThat(RecordChanges.between(before, now))
        .as("an amount equal in value and an empty note are no change")
        .containsExactly("title: now \"Frontier AI, phase 2\"");
  }

  @Test
  void aClearedFieldSaysEmpty() {
    assertThat(
            RecordChanges.between(
                new Terms("A", BigDecimal.ONE, "Kept"), new Terms("A", null, "Kept")))
        .containsExactly("ceiling: now empty");
  }
}
