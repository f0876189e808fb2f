package org.clausewatch.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausewatch.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PartyTest {

  @Test
  void identifiersAreUpperCasedAndChecked() {
    Party cut = new Party("  Anthropic ", PartyKind.COMPANY);
    cut.identify("abcd1234efgh", "1a2b3");

    assertThat(cut.name()).as("R1").isEqualTo("Anthropic");
    assertThat(cut.uei()).as("R3").isEqualTo("ABCD1234EFGH");
    assertThat(cut.cageCode()).isEqualTo("1A2B3");
    assertThatThrownBy(() -> cut.identify("SHORT", null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("UEI has 12");
    assertThatThrownBy(() -> cut.identify(null, "123456")).hasMessageContaining("CAGE code has 5");
  }

  @Test
  void aPartyNeedsANameAndAKind() {
    assertThatThrownBy(() -> new Party(" ", PartyKind.OTHER)).hasMessageContaining("name");
    assertThatThrownBy(() -> new Party("X", null)).isInstanceOf(NullPointerException.class);
  }
}
