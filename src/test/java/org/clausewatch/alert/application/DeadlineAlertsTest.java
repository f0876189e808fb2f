package org.clausewatch.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.deadline.domain.DeadlineChanged;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.junit.jupiter.api.Test;

class DeadlineAlertsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Friday 4 December 2026, 17:00 New York. */
  private static final Instant DUE = Instant.parse("2026-12-04T22:00:00Z");

  @Test
  void aDeadlineEnteredAfterItsFirstStepFellIsInsideItsLadder() {
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                entered(DeadlineKind.REPORT, "2026-12-01"),
                AlertLadder.defaultFor(DeadlineKind.REPORT)))
        .as("three days before: the 14- and 7-day steps fell")
        .isTrue();
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                entered(DeadlineKind.REPORT, "2026-12-05"),
                AlertLadder.defaultFor(DeadlineKind.REPORT)))
        .as("entered after its due time")
        .isTrue();
  }

  @Test
  void aDeadlineEnteredBeforeItsFirstStepIsLeftToItsLadder() {
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                entered(DeadlineKind.REPORT, "2026-11-01"),
                AlertLadder.defaultFor(DeadlineKind.REPORT)))
        .isFalse();
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                new DeadlineChanged(
                    1,
                    DeadlineChanged.Change.ENTERED,
                    DeadlineKind.DELIVERY,
                    DeadlineStatus.OPEN,
                    DUE,
                    NEW_YORK,
                    "officer",
                    Instant.parse("2026-11-20T21:59:00Z"),
                    null,
                    null),
                AlertLadder.defaultFor(DeadlineKind.DELIVERY)))
        .as("a minute before 17:00 New York fourteen days ahead")
        .isFalse();
  }

  @Test
  void aDeadlineEnteredAfterItsDueTimeSaysHowLongOverdueItWas() {
    assertThat(DeadlineAlerts.overdueWhenEntered(entered(DeadlineKind.REPORT, "2026-12-05")))
        .as("entered at noon UTC the next day, 14 hours after 17:00 New York")
        .isEqualTo(java.time.Duration.ofHours(-14));
    assertThat(DeadlineAlerts.overdueWhenEntered(entered(DeadlineKind.REPORT, "2026-12-04")))
        .as("entered on the morning of its due day")
        .isNull();
  }

  @Test
  void anUltimatumsFirstStepIsSeventyTwoHoursBefore() {
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                entered(DeadlineKind.ULTIMATUM, "2026-11-30"),
                AlertLadder.defaultFor(DeadlineKind.ULTIMATUM)))
        .isFalse();
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(
                entered(DeadlineKind.ULTIMATUM, "2026-12-02"),
                AlertLadder.defaultFor(DeadlineKind.ULTIMATUM)))
        .isTrue();
  }

  @Test
  void aDeadlineEnteredWithItsOwnStepsIsJudgedByThem() {
    DeadlineChanged threeDaysBefore = entered(DeadlineKind.REPORT, "2026-12-01");
    assertThat(
            DeadlineAlerts.enteredInsideItsLadder(threeDaysBefore, AlertLadder.parse("24h, due")))
        .as("its first own step (a day before) is still to come")
        .isFalse();
    assertThat(DeadlineAlerts.enteredInsideItsLadder(threeDaysBefore, AlertLadder.parse("7d, 24h")))
        .as("its own seven-day step fell")
        .isTrue();
  }

  private static DeadlineChanged entered(DeadlineKind kind, String day) {
    return new DeadlineChanged(
        1,
        DeadlineChanged.Change.ENTERED,
        kind,
        DeadlineStatus.OPEN,
        DUE,
        NEW_YORK,
        "officer",
        Instant.parse(day + "T12:00:00Z"),
        null,
        null);
  }
}
