package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
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
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("letters, digits and dashes");
    assertThatThrownBy(() -> Contract.normalizeNumber("-AB1"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> Contract.normalizeNumber("  ")).isInstanceOf(BusinessException.class);
  }

  @Test
  void aTypedNumberIsLookedUpInCapitalsWhateverItsForm() {
    assertThat(ContractNumber.asStored(" hq0034-24-c-0200\t")).isEqualTo("HQ0034-24-C-0200");
    assertThat(ContractNumber.asStored(null)).isEmpty();
    assertThat(ContractNumber.hasForm(ContractNumber.asStored("hq0034-24-c-0200"))).isTrue();
    assertThat(ContractNumber.hasForm(ContractNumber.asStored("hq 0034"))).isFalse();
    assertThat(ContractNumber.hasForm("")).isFalse();
  }

  @Test
  void theNumberIsCorrectedBeforeAwardOnly() {
    Contract cut = newContract();
    cut.renumber(" hq0034-24-c-0201 ");
    assertThat(cut.number()).as("normalised, in draft").isEqualTo("HQ0034-24-C-0201");
    cut.changeStatus(ContractStatus.NEGOTIATING);
    cut.renumber("HQ0034-24-C-0202");
    assertThat(cut.number()).as("in negotiation").isEqualTo("HQ0034-24-C-0202");
    assertThatThrownBy(() -> cut.renumber("HQ 0034"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("letters, digits and dashes");

    cut.changeStatus(ContractStatus.ACTIVE);
    assertThat(cut.numberChangeable()).isFalse();
    cut.renumber("hq0034-24-c-0202");
    assertThat(cut.number())
        .as("its own number, in any case, is no change")
        .isEqualTo("HQ0034-24-C-0202");
    assertThatThrownBy(() -> cut.renumber("HQ0034-24-C-0203"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("keeps its number");
    assertThat(cut.number()).isEqualTo("HQ0034-24-C-0202");
  }

  @Test
  void anAuthorisationIsWithdrawnOnceOnOrAfterItsGrantAndStaysListed() {
    Contract cut = newContract();
    LocalDate today = LocalDate.of(2026, 12, 8);
    cut.authorise("Approved for classified networks", LocalDate.of(2024, 11, 1));
    cut.authorise("Use by intelligence agencies", LocalDate.of(2025, 2, 1));

    assertThatThrownBy(
            () -> cut.withdrawAuthorisation(0, LocalDate.of(2024, 10, 31), "Designated", today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("before it was granted (2024-11-01)");
    assertThatThrownBy(() -> cut.withdrawAuthorisation(0, today.plusDays(1), "Designated", today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("cannot be after today");
    assertThatThrownBy(() -> cut.withdrawAuthorisation(0, today, "  ", today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> cut.withdrawAuthorisation(2, today, "Designated", today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("no such authorisation");
    assertThat(cut.authorisations()).allMatch(Authorisation::inForce);

    cut.withdrawAuthorisation(0, today, " Designated a supply chain risk ", today);

    Authorisation withdrawn = cut.authorisations().get(0);
    assertThat(withdrawn.inForce()).isFalse();
    assertThat(withdrawn.description()).isEqualTo("Approved for classified networks");
    assertThat(withdrawn.withdrawnOn()).isEqualTo(today);
    assertThat(withdrawn.withdrawalReason()).isEqualTo("Designated a supply chain risk");
    assertThat(cut.authorisations().get(1).inForce()).as("the other one").isTrue();
    assertThatThrownBy(() -> cut.withdrawAuthorisation(0, today, "Again", today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("was withdrawn already, on 2026-12-08");
  }

  @Test
  void buyerAndVendorMustDiffer() {
    assertThatThrownBy(
            () -> new Contract("ABC-1", "Self-dealing", ContractType.FFP, dod, dod, Money.usd("1")))
        .as("R2")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("different parties");
  }

  @Test
  void aContractNeedsATitle() {
    assertThatThrownBy(
            () -> new Contract("ABC-1", " ", ContractType.FFP, dod, anthropic, Money.usd("1")))
        .isInstanceOf(BusinessException.class)
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
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("cannot move from SUSPENDED to DRAFT");
    assertThat(cut.status()).isEqualTo(ContractStatus.SUSPENDED);
  }

  @Test
  void theObligatedAmountNeverExceedsTheCeiling() {
    Contract cut = newContract();
    cut.obligate(Money.usd("200000000.00"));

    assertThatThrownBy(() -> cut.obligate(Money.usd("200000000.01")))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("cannot exceed the ceiling");
    assertThatThrownBy(() -> cut.obligate(Money.of(java.math.BigDecimal.ONE, "EUR")))
        .hasMessageContaining("must be in USD");
    assertThat(cut.obligated()).isEqualTo(Money.usd("200000000"));
  }

  @Test
  void aPeriodOfPerformanceEndsOnOrAfterItsStart() {
    assertThatThrownBy(
            () -> new PeriodOfPerformance(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(BusinessException.class)
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
        .isInstanceOf(BusinessException.class)
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

  private static ModificationTerms funding(String number, String obligatedChange) {
    return new ModificationTerms(
        number,
        LocalDate.of(2025, 3, 1),
        "Incremental funding",
        null,
        new java.math.BigDecimal(obligatedChange),
        null,
        null);
  }

  @Test
  void aFundingModificationRaisesTheObligatedAmountUpToTheCeilingAndNoFurther() {
    Contract cut = newContract();
    cut.obligate(Money.usd("150000000"));

    cut.applyModification(funding("P00001", "50000000"));
    assertThat(cut.obligated()).as("R5").isEqualTo(Money.usd("200000000"));

    assertThatThrownBy(() -> cut.applyModification(funding("P00002", "0.01")))
        .as("R5: never above the ceiling")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("above the ceiling");
    assertThat(cut.obligated()).isEqualTo(Money.usd("200000000"));
    assertThat(cut.modifications()).extracting(Modification::number).containsExactly("P00001");
  }

  @Test
  void aDeobligationCannotTakeMoreThanIsObligated() {
    Contract cut = newContract();
    cut.obligate(Money.usd("100"));

    assertThatThrownBy(() -> cut.applyModification(funding("P00001", "-100.01")))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("de-obligate");
    cut.applyModification(funding("P00001", "-100"));
    assertThat(cut.obligated()).isEqualTo(Money.usd("0"));
  }

  @Test
  void aModificationMovesTheStartOfThePeriodAndKeepsItsOrder() {
    Contract cut = newContract();
    cut.schedule(new PeriodOfPerformance(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));

    cut.applyModification(
        new ModificationTerms(
            "P00001",
            LocalDate.of(2025, 1, 1),
            "Later start",
            null,
            null,
            LocalDate.of(2025, 3, 1),
            null));
    assertThat(cut.period().start()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(cut.period().end()).isEqualTo(LocalDate.of(2026, 1, 1));

    assertThatThrownBy(
            () ->
                cut.applyModification(
                    new ModificationTerms(
                        "P00002",
                        LocalDate.of(2025, 1, 1),
                        "Start after end",
                        null,
                        null,
                        LocalDate.of(2026, 6, 1),
                        null)))
        .isInstanceOf(BusinessException.class);
    assertThat(cut.period().start()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void theNextModificationNumberFollowsTheHighestPNumber() {
    Contract cut = newContract();
    assertThat(cut.nextModificationNumber()).isEqualTo("P00001");
    cut.applyModification("P00001", LocalDate.of(2025, 1, 1), "First", null, null);
    cut.applyModification("A00007", LocalDate.of(2025, 1, 2), "Administrative", null, null);
    cut.applyModification("P00004", LocalDate.of(2025, 1, 3), "Fourth", null, null);
    assertThat(cut.nextModificationNumber()).isEqualTo("P00005");
  }

  @Test
  void theCeilingChangesByEditOnlyBeforeAward() {
    Contract cut = newContract();
    cut.edit(
        "Frontier AI, phase 1",
        null,
        ContractType.OTA_PROTOTYPE,
        Money.usd("250000000"),
        null,
        null,
        Classification.CUI);
    assertThat(cut.ceiling()).isEqualTo(Money.usd("250000000"));
    assertThat(cut.type()).isEqualTo(ContractType.OTA_PROTOTYPE);

    cut.changeStatus(ContractStatus.ACTIVE);
    assertThatThrownBy(
            () ->
                cut.edit(
                    "Frontier AI",
                    null,
                    ContractType.OTA_PROTOTYPE,
                    Money.usd("1"),
                    null,
                    null,
                    Classification.CUI))
        .as("R6")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("modification");
    assertThat(cut.ceiling()).isEqualTo(Money.usd("250000000"));
    assertThat(cut.title()).isEqualTo("Frontier AI, phase 1");
  }
}
