package org.clausewatch.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void marksBecomePiecesAndTheTextStaysText() {
    Excerpt e = Excerpt.of("no \u0002mass\u0003 \u0002surveillance\u0003 of <b>U.S.</b> persons");

    assertThat(e.marked()).containsExactly("mass", "surveillance");
    assertThat(e.text()).isEqualTo("no mass surveillance of <b>U.S.</b> persons");
    assertThat(e.pieces()).hasSize(5);
  }

  @Test
  void noHeadlineIsAnEmptyExcerpt() {
    assertThat(Excerpt.of(null).pieces()).isEmpty();
    assertThat(Excerpt.of("plain").marked()).isEmpty();
  }
}
