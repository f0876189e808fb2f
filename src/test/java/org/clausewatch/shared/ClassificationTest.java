package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  @Test
  void aPageOfMixedContractsCarriesTheHighestMarkingAmongThem() {
    assertThat(
            Classification.highest(
                List.of(Classification.CUI, Classification.SECRET, Classification.UNCLASSIFIED)))
        .isEqualTo(Classification.SECRET);
    assertThat(Classification.highest(List.of(Classification.UNCLASSIFIED)))
        .isEqualTo(Classification.UNCLASSIFIED);
  }

  @Test
  void aPageShowingNoContractCarriesNoMarking() {
    assertThat(Classification.highest(List.of())).isNull();
    assertThat(Classification.highest(Arrays.asList(null, Classification.CUI)))
        .isEqualTo(Classification.CUI);
  }

  @Test
  void markingsAreReadByName() {
    assertThat(Classification.named("TOP_SECRET")).isEqualTo(Classification.TOP_SECRET);
    assertThat(Classification.named(null)).isNull();
  }

  @Test
  void aMarkingReadsAsOnABanner() {
    assertThat(Classification.TOP_SECRET.label()).isEqualTo("TOP SECRET");
    assertThat(Classification.CUI.label()).isEqualTo("CUI");
  }
}
