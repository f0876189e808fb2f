package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.Money;
import org.junit.jupiter.api.Test;

class ContractTest {

  private final Party dod = new Party("U.S. Department of Defense", PartyKind.GOVERNMENT_AGENCY);
  private final Party anthropic = new Party("Anthropic", PartyKind.COMPANY);

  private Contract newContract() {
    return new Contract(
        " hq0034-24-c-0200 ",
        "Frontier AI",
        ContractType.OTHER,
        dod,
        anthropic,
        Money.usd("200000000"));
  }

  @Test
  void aNewContractIsADraftWithANormalisedNumber() {
    Contract cut = newContract();

    assertThat(cut.status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(cut.number()).as("R1").isEqualTo("HQ0034-24-C-0200");
    assertThat(cut.ceiling()).isEqualTo(Money.usd("200000000.00"));
  }

  @Test
  void aContractNumberHasOnlyLettersDigitsAndDashes() {
    assertThatThrownBy(() -> Contract.normalizeNumber("HQ 0034"))
        .as("R1")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letters, digits and dashes");
    assertThatThrownBy(() -> Contract.normalizeNumber("-AB1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Contract.normalizeNumber("  "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buyerAndVendorMustDiffer() {
    assertThatThrownBy(
            () -> new Contract("ABC-1", "Self-dealing", ContractType.FFP, dod, dod, Money.usd("1")))
        .as("R2")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different parties");
  }

  @Test
  void aContractNeedsATitle() {
    assertThatThrownBy(
            () -> new Contract("ABC-1", " ", ContractType.FFP, dod, anthropic, Money.usd("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void statusChangesFollowTheAllowedTransitions() {
    Contract cut = newContract();
    cut.changeStatus(ContractStatus.ACTIVE);
    cut.changeStatus(ContractStatus.SUSPENDED);

    assertThat(cut.status()).isEqualTo(ContractStatus.SUSPENDED);
    assertThatThrownBy(() -> cut.changeStatus(ContractStatus.DRAFT))
        .as("R3")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot move from SUSPENDED to DRAFT");
    assertThat(cut.status()).isEqualTo(ContractStatus.SUSPENDED);
  }

  @Test
  void aBlankDescriptionIsNoDescription() {
    Contract cut = newContract();
    cut.describe("   ");
    assertThat(cut.description()).isNull();
  }
}
