package org.clausewatch.deadline.domain;

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

class ObligationTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private final Party dod = new Party("U.S. Department of Defense", PartyKind.GOVERNMENT_AGENCY);
  private final Party anthropic = new Party("Anthropic", PartyKind.COMPANY);
  private final Contract contract =
      new Contract(
          "HQ0034-24-C-0200",
          "Frontier AI",
          ContractType.OTHER,
          dod,
          anthropic,
          Money.usd("200000000"));

  private Obligation quarterlyReport() {
    return Obligation.recurring(
        contract,
        anthropic,
        "Quarterly model reliability report",
        null,
        LocalDate.of(2026, 1, 15),
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
  }

  @Test
  void eachOccurrenceOfARecurringObligationIsSettledOnItsOwn() {
    Obligation cut = quarterlyReport();

    cut.settle(LocalDate.of(2026, 7, 15), OccurrenceOutcome.FULFILLED, "officer", NOW, "Q3 in");

    assertThat(cut.outcomeOn(LocalDate.of(2026, 7, 15)))
        .as("R8")
        .isEqualTo(OccurrenceOutcome.FULFILLED);
    assertThat(cut.outcomeOn(LocalDate.of(2026, 10, 15))).as("Q4 still open").isNull();
    assertThat(cut.status()).as("the series stays open").isEqualTo(ObligationStatus.OPEN);
    assertThat(cut.settledOccurrences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.recordedBy()).isEqualTo("officer");
              assertThat(o.recordedAt()).isEqualTo(NOW);
              assertThat(o.note()).isEqualTo("Q3 in");
            });
  }

  @Test
  void aDateThatIsNoOccurrenceOrOneSettledAlreadyIsRefused() {
    Obligation cut = quarterlyReport();

    assertThatThrownBy(
            () -> cut.settle(LocalDate.of(2026, 7, 16), OccurrenceOutcome.WAIVED, "o", NOW, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("not due on 2026-07-16");
    cut.settle(LocalDate.of(2026, 4, 15), OccurrenceOutcome.MISSED, "o", NOW, null);
    assertThatThrownBy(
            () ->
                cut.settle(LocalDate.of(2026, 4, 15), OccurrenceOutcome.FULFILLED, "o", NOW, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("already missed");
    assertThat(cut.outcomeOn(LocalDate.of(2026, 4, 15))).isEqualTo(OccurrenceOutcome.MISSED);
  }

  @Test
  void aOneTimeObligationTakesTheOutcomeOfItsOnlyOccurrence() {
    Obligation cut =
        Obligation.dueOn(contract, anthropic, "Security plan", null, LocalDate.of(2026, 12, 1));

    cut.settle(LocalDate.of(2026, 12, 1), OccurrenceOutcome.WAIVED, "officer", NOW, "Not needed");

    assertThat(cut.status()).isEqualTo(ObligationStatus.WAIVED);
    assertThatThrownBy(
            () ->
                cut.settle(LocalDate.of(2026, 12, 2), OccurrenceOutcome.FULFILLED, "o", NOW, null))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void theRecentAndNextOccurrencesAroundTodayAreListedInOrder() {
    Recurrence quarterly = Recurrence.parse("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");

    assertThat(quarterly.around(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 3), 2, 2))
        .containsExactly(
            LocalDate.of(2026, 7, 15),
            LocalDate.of(2026, 10, 15),
            LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 4, 15));
  }

  @Test
  void anEndedSeriesOwesNothingAfterItsLastDayAndKeepsWhatCameBefore() {
    Obligation cut = quarterlyReport();
    cut.settle(LocalDate.of(2026, 4, 15), OccurrenceOutcome.FULFILLED, "officer", NOW, null);

    cut.end(LocalDate.of(2026, 11, 30), "officer", NOW, "Contract terminated for convenience");

    assertThat(cut.endedAfter()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(cut.endReason()).isEqualTo("Contract terminated for convenience");
    assertThat(cut.recurrence().rule()).contains("UNTIL=20261130").doesNotContain("COUNT");
    assertThat(cut.isOccurrence(LocalDate.of(2026, 10, 15))).as("before the end").isTrue();
    assertThat(cut.isOccurrence(LocalDate.of(2027, 1, 15))).as("after the end").isFalse();
    assertThat(
            cut.recurrence().occurrences(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 1), 99))
        .containsExactly(
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 4, 15),
            LocalDate.of(2026, 7, 15),
            LocalDate.of(2026, 10, 15));
    assertThat(cut.outcomeOn(LocalDate.of(2026, 4, 15))).isEqualTo(OccurrenceOutcome.FULFILLED);
    assertThat(cut.status())
        .as("earlier occurrences may still be owed")
        .isEqualTo(ObligationStatus.OPEN);
    assertThat(
            OverdueOccurrences.on(
                LocalDate.of(2028, 1, 1),
                cut.dueDate(),
                cut.recurrence().rule(),
                java.util.Set.of(LocalDate.of(2026, 4, 15))))
        .as("overdue counts stop at the end")
        .hasValue(new OverdueOccurrences(3, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 10, 15)));
  }

  @Test
  void theEndOnTheDayOfAnOccurrenceOwesThatOccurrence() {
    Obligation cut = quarterlyReport();

    cut.end(LocalDate.of(2026, 10, 15), "officer", NOW, "Last report due under the base period");

    assertThat(cut.isOccurrence(LocalDate.of(2026, 10, 15))).isTrue();
    assertThat(cut.isOccurrence(LocalDate.of(2027, 1, 15))).isFalse();
  }

  @Test
  void aSeriesWithACountEndsByUntilInstead() {
    Obligation cut =
        Obligation.recurring(
            contract,
            anthropic,
            "Monthly status",
            null,
            LocalDate.of(2026, 1, 1),
            "FREQ=MONTHLY;COUNT=24");

    cut.end(LocalDate.of(2026, 6, 1), "officer", NOW, "Scope reduced by P00003");

    assertThat(cut.recurrence().rule()).contains("UNTIL=20260601").doesNotContain("COUNT");
    assertThat(cut.isOccurrence(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(cut.isOccurrence(LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void anEndIsRefusedWhereItWouldLoseOrMeanNothing() {
    Obligation settledLater = quarterlyReport();
    settledLater.settle(LocalDate.of(2026, 7, 15), OccurrenceOutcome.WAIVED, "officer", NOW, null);
    assertThatThrownBy(
            () -> settledLater.end(LocalDate.of(2026, 5, 1), "officer", NOW, "Terminated"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("2026-07-15 is settled already");
    assertThat(settledLater.endedAfter()).as("nothing changed").isNull();
    assertThat(settledLater.recurrence().rule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");

    Obligation once =
        Obligation.dueOn(contract, anthropic, "Final report", null, LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> once.end(LocalDate.of(2026, 12, 1), "officer", NOW, "Terminated"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("settle its occurrence");

    Obligation ended = quarterlyReport();
    ended.end(LocalDate.of(2026, 11, 30), "officer", NOW, "Terminated");
    assertThatThrownBy(() -> ended.end(LocalDate.of(2026, 8, 1), "officer", NOW, "Again"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("ended already, after 2026-11-30");

    Obligation counted =
        Obligation.recurring(
            contract,
            anthropic,
            "Monthly status",
            null,
            LocalDate.of(2026, 1, 1),
            "FREQ=MONTHLY;COUNT=3");
    assertThatThrownBy(() -> counted.end(LocalDate.of(2026, 3, 1), "officer", NOW, "Terminated"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("No occurrence falls after 2026-03-01");

    Obligation noReason = quarterlyReport();
    assertThatThrownBy(() -> noReason.end(LocalDate.of(2026, 11, 30), "officer", NOW, "  "))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Say why the obligation ends");
    assertThat(noReason.endedAfter()).isNull();
  }

  @Test
  void aCorrectionChangesWhatIsOwedAndByWhomButKeepsTheDatesAndWhatWasSettled() {
    Obligation cut = quarterlyReport();
    cut.settle(LocalDate.of(2026, 4, 15), OccurrenceOutcome.FULFILLED, "o", NOW, null);
    Clause h4 = new Clause(contract, 0, "H-4", null, "Reports", "Report.", ClauseCategory.OTHER);

    cut.revise(dod, "  Quarterly reliability and misuse report ", h4);

    assertThat(cut.description()).isEqualTo("Quarterly reliability and misuse report");
    assertThat(cut.owingParty()).isSameAs(dod);
    assertThat(cut.sourceClause()).isSameAs(h4);
    assertThat(cut.recurrence().rule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
    assertThat(cut.outcomeOn(LocalDate.of(2026, 4, 15))).isEqualTo(OccurrenceOutcome.FULFILLED);
  }

  @Test
  void aCorrectionThatWouldBreakTheObligationIsRefusedWhole() {
    Obligation cut = quarterlyReport();
    Contract other =
        new Contract(
            "W56KGY-25-C-0001", "Other", ContractType.OTHER, dod, anthropic, Money.usd("1"));
    Clause foreign = new Clause(other, 0, "H-1", null, "Use", "Text.", ClauseCategory.OTHER);

    assertThatThrownBy(() -> cut.revise(dod, " ", null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(
            () -> cut.revise(dod, "x".repeat(Obligation.DESCRIPTION_MAX_LENGTH + 1), null))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> cut.revise(dod, "Report", foreign))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("another contract");

    assertThat(cut.description()).isEqualTo("Quarterly model reliability report");
    assertThat(cut.owingParty()).isSameAs(anthropic);
    assertThat(cut.sourceClause()).isNull();
  }

  @Test
  void onlyAnOpenOneTimeObligationMovesItsDueDate() {
    Obligation once =
        Obligation.dueOn(
            contract, anthropic, "Deliver the model card", null, LocalDate.of(2027, 1, 8));

    once.moveDueDate(LocalDate.of(2027, 2, 1));

    assertThat(once.dueDate()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(once.isOccurrence(LocalDate.of(2027, 2, 1))).isTrue();
    assertThat(once.isOccurrence(LocalDate.of(2027, 1, 8))).isFalse();
    once.settle(LocalDate.of(2027, 2, 1), OccurrenceOutcome.FULFILLED, "o", NOW, null);
    assertThatThrownBy(() -> once.moveDueDate(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("met already");
    assertThatThrownBy(() -> quarterlyReport().moveDueDate(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("end it and add the new series");
    assertThat(once.dueDate()).isEqualTo(LocalDate.of(2027, 2, 1));
  }

  @Test
  void aReopenedSeriesIsOwedAgainByItsRuleAsItWasCountIncluded() {
    Obligation cut =
        Obligation.recurring(
            contract,
            anthropic,
            "Six monthly usage reports",
            null,
            LocalDate.of(2026, 1, 15),
            "FREQ=MONTHLY;COUNT=6");
    cut.settle(LocalDate.of(2026, 2, 15), OccurrenceOutcome.FULFILLED, "o", NOW, null);
    cut.end(LocalDate.of(2026, 3, 15), "officer", NOW, "Recorded on the wrong contract");

    assertThat(cut.reopen("officer", NOW, "Ended on the wrong contract"))
        .as("owed again from the day after its end")
        .isEqualTo("2026-03-16");

    assertThat(cut.recurrence().rule()).isEqualTo("FREQ=MONTHLY;COUNT=6");
    assertThat(cut.endedAfter()).isNull();
    assertThat(cut.endReason()).isNull();
    assertThat(cut.reopenReason()).isEqualTo("Ended on the wrong contract");
    assertThat(cut.isOccurrence(LocalDate.of(2026, 6, 15))).isTrue();
    assertThat(cut.isOccurrence(LocalDate.of(2026, 7, 15))).as("still six").isFalse();
    assertThat(cut.outcomeOn(LocalDate.of(2026, 2, 15))).isEqualTo(OccurrenceOutcome.FULFILLED);
    cut.end(LocalDate.of(2026, 4, 15), "officer", NOW, "Terminated for convenience");
    assertThat(cut.recurrence().rule()).contains("UNTIL=20260415").doesNotContain("COUNT");
    assertThat(cut.reopenReason()).as("a new end replaces the reopening").isNull();
  }

  @Test
  void onlyAnEndedObligationIsReopened() {
    Obligation cut = quarterlyReport();

    assertThatThrownBy(() -> cut.reopen("officer", NOW, "Requirement restored"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("nothing to reopen");
    assertThat(cut.recurrence().rule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
  }

  @Test
  void aReopeningWithoutAReasonIsRefusedAndTheEndStays() {
    Obligation cut = quarterlyReport();
    cut.end(LocalDate.of(2026, 6, 30), "officer", NOW, "Terminated for convenience");
    String ended = cut.recurrence().rule();

    for (String reason : new String[] {null, "   ", "x".repeat(Obligation.NOTE_MAX_LENGTH + 1)}) {
      assertThatThrownBy(() -> cut.reopen("officer", NOW, reason))
          .isInstanceOf(BusinessException.class)
          .hasMessageContaining("Say why the obligation is owed again");
    }

    assertThat(cut.endedAfter()).isEqualTo("2026-06-30");
    assertThat(cut.recurrence().rule()).isEqualTo(ended);
    assertThat(cut.reopenReason()).isNull();
  }
}
