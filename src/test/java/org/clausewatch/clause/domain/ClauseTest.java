package org.clausewatch.clause.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.junit.jupiter.api.Test;

class ClauseTest {

  private final Contract contract =
      new Contract(
          "HQ0034-24-C-0200",
          "Frontier AI",
          ContractType.OTHER,
          new Party("DoD", PartyKind.GOVERNMENT_AGENCY),
          new Party("Anthropic", PartyKind.COMPANY),
          Money.usd("1"));

  @Test
  void aClauseCitingAnOlderDateThanTheLibraryIsOutdated() {
    ClauseView cited2019 =
        new ClauseView(
            1,
            0,
            "252.204-7012",
            LocalDate.of(2019, 12, 1),
            "Safeguarding",
            "text",
            ClauseCategory.COMPLIANCE,
            "Safeguarding Covered Defense Information",
            LocalDate.of(2024, 5, 1),
            0,
            false,
            null);
    ClauseView current =
        new ClauseView(
            2,
            1,
            "52.204-21",
            LocalDate.of(2021, 11, 1),
            "Basic",
            "text",
            ClauseCategory.COMPLIANCE,
            "Basic Safeguarding",
            LocalDate.of(2021, 11, 1),
            0,
            false,
            null);

    assertThat(cited2019.outdated()).as("R3").isTrue();
    assertThat(cited2019.libraryVersion()).isEqualTo(YearMonth.of(2024, 5));
    assertThat(current.outdated()).as("R3").isFalse();
    assertThat(Clause.isOutdated(null, LocalDate.of(2024, 5, 1))).isFalse();
  }

  @Test
  void aCitedDateLaterThanTheLibrarysIsADateTheLibraryDoesNotKnow() {
    LocalDate library = LocalDate.of(2021, 11, 1);
    assertThat(Clause.isUnknownDate(LocalDate.of(2022, 3, 1), library)).as("R3").isTrue();
    assertThat(Clause.isUnknownDate(library, library)).isFalse();
    assertThat(Clause.isUnknownDate(LocalDate.of(2019, 1, 1), library)).isFalse();
    assertThat(Clause.isUnknownDate(LocalDate.of(2022, 3, 1), null)).isFalse();
  }

  @Test
  void aModificationRevisesOrRemovesAClauseAndEachVersionNamesIt() {
    Clause cut = new Clause(contract, 0, "H-1", null, "Use", "Old text.", ClauseCategory.OTHER);
    Modification p1 =
        contract.applyModification("P00001", LocalDate.of(2026, 1, 5), "Reword", null, null);
    Modification p2 =
        contract.applyModification("P00002", LocalDate.of(2026, 2, 5), "Remove", null, null);

    cut.reviseBy(p1, "Use", "New text.");
    assertThat(cut.text()).as("R4").isEqualTo("New text.");
    assertThat(cut.modification()).isSameAs(p1);

    cut.removeBy(p2);
    assertThat(cut.removed()).isTrue();
    assertThat(cut.modification()).isSameAs(p2);
    assertThatThrownBy(() -> cut.reviseBy(p2, "Use", "Again"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("removed by modification P00002");
  }

  @Test
  void libraryNumbersAreFarOrDfarsShaped() {
    assertThat(StandardClause.isLibraryNumber("52.204-21")).isTrue();
    assertThat(StandardClause.isLibraryNumber("252.204-7012")).isTrue();
    assertThat(StandardClause.isLibraryNumber("H-7")).isFalse();
  }

  @Test
  void aClauseNeedsNumberHeadingAndText() {
    assertThatThrownBy(
            () -> new Clause(contract, 0, " ", null, "Heading", "Text", ClauseCategory.OTHER))
        .as("R1")
        .hasMessageContaining("number");
    assertThatThrownBy(
            () -> new Clause(contract, 0, "H-7", null, "Heading", "", ClauseCategory.OTHER))
        .hasMessageContaining("text");
    Clause cut =
        new Clause(
            contract,
            3,
            "H-7",
            YearMonth.of(2024, 7),
            "Heading",
            "Text",
            ClauseCategory.USAGE_RESTRICTION);
    assertThat(cut.cited()).isEqualTo(YearMonth.of(2024, 7));
  }
}
