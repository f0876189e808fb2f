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
}
