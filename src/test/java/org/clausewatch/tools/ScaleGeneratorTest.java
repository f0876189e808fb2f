package org.clausewatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clause texts of generated contracts, from CUAD spans (CC BY 4.0, The Atticus Project). */
class ScaleGeneratorTest {

  @Test
  void aCutShortSpanShowsAnEllipsisWhereWordsWereLeftOut() {
    assertThat(
            ScaleGenerator.clauseText(
                "SONY hereby grants to PURCHASER a non-exclusive license<omitted>may be used"
                    + " only in the Territory. <omitted> The fee is due monthly. "))
        .isEqualTo(
            "SONY hereby grants to PURCHASER a non-exclusive license … may be used only in the"
                + " Territory. … The fee is due monthly.");
  }

  @Test
  void aWholeSpanIsKeptAsItIs() {
    assertThat(ScaleGenerator.clauseText("This Agreement is governed by the laws of Delaware."))
        .isEqualTo("This Agreement is governed by the laws of Delaware.");
  }
}
