package org.clausewatch.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.junit.jupiter.api.Test;

class TermPositionTest {

  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  private final Party dod = new Party("U.S. Department of Defense", PartyKind.GOVERNMENT_AGENCY);
  private final Party anthropic = new Party("Anthropic", PartyKind.COMPANY);
  private final Clause clause =
      new Clause(
          new Contract(
              "HQ0034-24-C-0200",
              "Frontier AI",
              ContractType.OTHER,
              dod,
              anthropic,
              Money.usd("1")),
          1,
          "H-2",
          null,
          "Meaningful human involvement in targeting",
          "text",
          ClauseCategory.USAGE_RESTRICTION);

  private TermPosition rejects() {
    return TermPosition.stated(
        clause,
        null,
        dod,
        Stance.REJECTS,
        "Demands complete control.",
        LocalDate.of(2026, 12, 1),
        "Pentagon meeting",
        NOW,
        "counsel");
  }

  @Test
  void aRevisionKeepsTheEarlierPositionAsRevisedAndStartsTheLatestOne() {
    TermPosition first = rejects();

    TermPosition second =
        first.revise(
            Stance.ACCEPTS_WITH_CONDITIONS,
            "Accepts if a commander reviews each decision.",
            LocalDate.of(2026, 12, 1),
            "Letter",
            NOW.plusSeconds(60),
            "counsel-2");

    assertThat(first.state()).as("R1").isEqualTo(PositionState.REVISED);
    assertThat(first.closedBy()).isEqualTo("counsel-2");
    assertThat(first.stance()).as("kept as it was").isEqualTo(Stance.REJECTS);
    assertThat(second.state()).isEqualTo(PositionState.CURRENT);
    assertThat(second.party()).isSameAs(dod);
  }

  @Test
  void onlyTheLatestPositionCanBeRevisedOrWithdrawnAndTheRefusalSaysWhoChangedIt() {
    TermPosition first = rejects();
    first.withdraw(NOW, "counsel-2");

    assertThatThrownBy(() -> first.withdraw(NOW, "counsel"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("withdrawn by counsel-2");
    assertThatThrownBy(
            () -> first.revise(Stance.ACCEPTS, "x", LocalDate.of(2026, 12, 1), "y", NOW, "counsel"))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void aPositionNeedsAStanceAndCannotBeDatedInTheFuture() {
    assertThatThrownBy(
            () ->
                TermPosition.stated(
                    clause, null, dod, null, "x", LocalDate.of(2026, 12, 1), "y", NOW, "c"))
        .hasMessage("Choose the party's stance.");
    assertThatThrownBy(
            () ->
                TermPosition.stated(
                    clause,
                    null,
                    dod,
                    Stance.REJECTS,
                    "x",
                    LocalDate.of(2026, 12, 3),
                    "y",
                    NOW,
                    "c"))
        .hasMessageContaining("future");
    assertThat(
            TermPosition.stated(
                    clause,
                    null,
                    dod,
                    Stance.REJECTS,
                    "x",
                    LocalDate.of(2026, 12, 2),
                    "y",
                    NOW,
                    "c")
                .statedOn())
        .as("already 2 December somewhere on Earth at 15:00 UTC on the 1st")
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }
}
