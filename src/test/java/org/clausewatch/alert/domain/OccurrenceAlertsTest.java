package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.clausewatch.deadline.domain.Recurrence;
import org.junit.jupiter.api.Test;

class OccurrenceAlertsTest {

  static final LocalDate Q1 = LocalDate.of(2026, 3, 15);
  static final Recurrence QUARTERLY = Recurrence.parse("FREQ=MONTHLY;INTERVAL=3;COUNT=8");

  @Test
  void anOccurrenceComesDueSevenDaysBeforeItsDate() {
    var plan =
        OccurrenceAlerts.plan(
            Q1,
            QUARTERLY,
            Set.of(),
            Instant.parse("2026-03-04T00:00:00Z"),
            Instant.parse("2026-03-08T00:00:01Z"));
    assertThat(plan.decisions())
        .as("R2")
        .containsExactly(new OccurrenceAlerts.Decision(Q1, AlertKind.OCCURRENCE_DUE, 0));
    assertThat(plan.next())
        .as("R2 then overdue the day after")
        .contains(Instant.parse("2026-03-16T00:00:00Z"));
  }

  @Test
  void anUnsettledOccurrenceIsOverdueTheDayAfterASettledOneIsNot() {
    Instant decided = Instant.parse("2026-03-14T00:00:00Z");
    Instant now = Instant.parse("2026-03-16T08:00:00Z");
    assertThat(OccurrenceAlerts.plan(Q1, QUARTERLY, Set.of(), decided, now).decisions())
        .containsExactly(new OccurrenceAlerts.Decision(Q1, AlertKind.OCCURRENCE_OVERDUE, 0));
    var settled = OccurrenceAlerts.plan(Q1, QUARTERLY, Set.of(Q1), decided, now);
    assertThat(settled.decisions()).as("R2 settled: nothing").isEmpty();
    assertThat(settled.next())
        .as("R2 the next quarter comes due 7 days before 15 June")
        .contains(Instant.parse("2026-06-08T00:00:00Z"));
  }

  @Test
  void afterDowntimeOnlyTheLatestOccurrenceOfEachKindIsAlertedWithACount() {
    Recurrence daily = Recurrence.parse("FREQ=DAILY;COUNT=60");
    LocalDate start = LocalDate.of(2026, 3, 1);
    var plan =
        OccurrenceAlerts.plan(
            start,
            daily,
            Set.of(),
            Instant.parse("2026-03-01T12:00:00Z"),
            Instant.parse("2026-03-11T12:00:00Z"));
    assertThat(plan.decisions())
        .containsExactly(
            new OccurrenceAlerts.Decision(LocalDate.of(2026, 3, 18), AlertKind.OCCURRENCE_DUE, 9),
            new OccurrenceAlerts.Decision(
                LocalDate.of(2026, 3, 10), AlertKind.OCCURRENCE_OVERDUE, 9));
  }

  @Test
  void aOneTimeObligationAlertsTwiceThenNeverAgain() {
    LocalDate due = LocalDate.of(2026, 5, 15);
    var coming =
        OccurrenceAlerts.plan(
            due,
            null,
            Set.of(),
            Instant.parse("2026-05-01T00:00:00Z"),
            Instant.parse("2026-05-08T00:00:00Z"));
    assertThat(coming.decisions())
        .extracting(OccurrenceAlerts.Decision::kind)
        .containsExactly(AlertKind.OCCURRENCE_DUE);
    var over =
        OccurrenceAlerts.plan(
            due,
            null,
            Set.of(),
            Instant.parse("2026-05-08T00:00:00Z"),
            Instant.parse("2026-05-16T00:00:00Z"));
    assertThat(over.decisions())
        .extracting(OccurrenceAlerts.Decision::kind)
        .containsExactly(AlertKind.OCCURRENCE_OVERDUE);
    assertThat(over.next()).as("R2 nothing left").isEmpty();
  }

  @Test
  void anOccurrenceOverdueByThePassIsNotAlsoAnnouncedAsComingDue() {
    var plan =
        OccurrenceAlerts.plan(
            Q1,
            QUARTERLY,
            Set.of(),
            Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-03-17T00:00:00Z"));
    assertThat(plan.decisions())
        .containsExactly(new OccurrenceAlerts.Decision(Q1, AlertKind.OCCURRENCE_OVERDUE, 0));
  }

  @Test
  void aDateThatBecameOwedLateIsAlertedAtTheNextPassAsItStandsThen() {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");
    LocalDate threeDaysAgo = LocalDate.of(2026, 12, 2);
    LocalDate inThreeDays = LocalDate.of(2026, 12, 8);
    LocalDate inAMonth = LocalDate.of(2027, 1, 5);
    LocalDate twoYearsAgo = LocalDate.of(2024, 12, 5);

    assertThat(plan(threeDaysAgo, now).decisions())
        .as("moved into the past: overdue, once")
        .containsExactly(
            new OccurrenceAlerts.Decision(threeDaysAgo, AlertKind.OCCURRENCE_OVERDUE, 0));
    assertThat(plan(inThreeDays, now).decisions())
        .as("entered inside its lead time: coming due now")
        .containsExactly(new OccurrenceAlerts.Decision(inThreeDays, AlertKind.OCCURRENCE_DUE, 0));
    assertThat(OccurrenceAlerts.undecidedFrom(inAMonth, now))
        .as("nothing of a later date has passed: it is planned as usual")
        .isAfter(now);
    assertThat(plan(twoYearsAgo, now).decisions())
        .as("beyond the look-back of a year: not alerted")
        .isEmpty();
  }

  @Test
  void aSeriesReopenedAlertsItsLatestOverdueOccurrenceWithTheCountOfEarlierOnes() {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");
    Recurrence monthly = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1");
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate owedAgainFrom = LocalDate.of(2026, 9, 16);
    var plan =
        OccurrenceAlerts.plan(
            start, monthly, Set.of(), OccurrenceAlerts.undecidedFrom(owedAgainFrom, now), now);
    assertThat(plan.decisions())
        .as("October, November and December are owed again; 1 December is the latest overdue")
        .containsExactly(
            new OccurrenceAlerts.Decision(
                LocalDate.of(2026, 12, 1), AlertKind.OCCURRENCE_OVERDUE, 2));
  }

  private static OccurrenceAlerts.Plan plan(LocalDate oneTime, Instant now) {
    return OccurrenceAlerts.plan(
        oneTime, null, Set.of(), OccurrenceAlerts.undecidedFrom(oneTime, now), now);
  }
}
