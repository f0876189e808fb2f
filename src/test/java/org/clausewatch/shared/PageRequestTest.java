package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageCannotStartBeforeTheFirstRow() {
    assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPageHoldsAtLeastOneAndAtMostFiveHundredRows() {
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
