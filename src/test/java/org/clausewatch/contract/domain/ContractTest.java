package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.Classification;
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
  void theObligatedAmountNeverExceedsTheCeiling() {
    Contract cut = newContract();
    cut.obligate(Money.usd("200000000.00"));

    assertThatThrownBy(() -> cut.obligate(Money.usd("200000000.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot exceed the ceiling");
    assertThatThrownBy(() -> cut.obligate(Money.of(java.math.BigDecimal.ONE, "EUR")))
        .hasMessageContaining("must be in USD");
    assertThat(cut.obligated()).isEqualTo(Money.usd("200000000"));
  }

  @Test
  void aPeriodOfPerformanceEndsOnOrAfterItsStart() {
    assertThatThrownBy(
            () -> new PeriodOfPerformance(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it starts");
    PeriodOfPerformance oneDay =
        new PeriodOfPerformance(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(oneDay.percentElapsed(LocalDate.of(2025, 1, 1))).isEqualTo(100);
    assertThat(oneDay.percentElapsed(LocalDate.of(2024, 12, 1))).isZero();
  }

  @Test
  void aModificationChangesCeilingAndEndAndStaysInHistory() {
    Contract cut = newContract();
    cut.schedule(new PeriodOfPerformance(LocalDate.of(2024, 7, 15), LocalDate.of(2026, 7, 14)));
    cut.obligate(Money.usd("50000000"));

    cut.applyModification(
        "p00001",
        LocalDate.of(2025, 1, 1),
        "Adds a task",
        new java.math.BigDecimal("10000000"),
        LocalDate.of(2027, 7, 14));

    assertThat(cut.ceiling()).isEqualTo(Money.usd("210000000"));
    assertThat(cut.period().end()).isEqualTo(LocalDate.of(2027, 7, 14));
    assertThat(cut.modifications()).extracting(Modification::number).containsExactly("P00001");
  }

  @Test
  void aModificationCannotDropTheCeilingBelowTheObligatedAmountAndChangesNothingThen() {
    Contract cut = newContract();
    cut.obligate(Money.usd("150000000"));

    assertThatThrownBy(
            () ->
                cut.applyModification(
                    "P00001",
                    LocalDate.of(2025, 1, 1),
                    "Descope",
                    new java.math.BigDecimal("-60000000"),
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below the obligated amount");
    assertThat(cut.ceiling()).isEqualTo(Money.usd("200000000"));
    assertThat(cut.modifications()).isEmpty();
  }

  @Test
  void aModificationNumberIsUsedOncePerContract() {
    Contract cut = newContract();
    cut.applyModification("P00001", LocalDate.of(2025, 1, 1), "First", null, null);

    assertThatThrownBy(
            () -> cut.applyModification("P00001", LocalDate.of(2025, 2, 1), "Again", null, null))
        .hasMessageContaining("already exists");
  }

  @Test
  void classificationsAreVisibleUpToTheHoldersClearance() {
    assertThat(Classification.SECRET.isVisibleTo(Classification.TOP_SECRET)).isTrue();
    assertThat(Classification.SECRET.isVisibleTo(Classification.CUI)).isFalse();
  }

  @Test
  void aBlankDescriptionIsNoDescription() {
    Contract cut = newContract();
    cut.describe("   ");
    assertThat(cut.description()).isNull();
  }
}
