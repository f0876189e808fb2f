package org.clausewatch.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
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
    assertThat(DeadlineAlerts.enteredInsideItsLadder(entered(DeadlineKind.REPORT, "2026-12-01")))
        .as("three days before: the 14- and 7-day steps fell")
        .isTrue();
    assertThat(DeadlineAlerts.enteredInsideItsLadder(entered(DeadlineKind.REPORT, "2026-12-05")))
        .as("entered after its due time")
        .isTrue();
  }

  @Test
  void aDeadlineEnteredBeforeItsFirstStepIsLeftToItsLadder() {
    assertThat(DeadlineAlerts.enteredInsideItsLadder(entered(DeadlineKind.REPORT, "2026-11-01")))
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
                    null)))
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
    assertThat(DeadlineAlerts.enteredInsideItsLadder(entered(DeadlineKind.ULTIMATUM, "2026-11-30")))
        .isFalse();
    assertThat(DeadlineAlerts.enteredInsideItsLadder(entered(DeadlineKind.ULTIMATUM, "2026-12-02")))
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
        null);
  }
}
