package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AlertPreferencesTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void theNextDigestIsTodayAtTheChosenLocalTimeIfStillAheadElseTomorrow() {
    Instant morning = Instant.parse("2026-12-03T12:00:00Z"); // 07:00 in New York
    assertThat(AlertPreferences.nextDigest(LocalTime.of(8, 0), NEW_YORK, morning))
        .as("R10")
        .isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
    assertThat(AlertPreferences.nextDigest(LocalTime.of(7, 0), NEW_YORK, morning))
        .as("R10 exactly now: the next day")
        .isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
  }

  @Test
  void theDigestKeepsItsLocalTimeAcrossADaylightSavingChange() {
    Instant beforeChange = Instant.parse("2026-03-07T14:00:00Z"); // Saturday 09:00 EST
    assertThat(AlertPreferences.nextDigest(LocalTime.of(8, 0), NEW_YORK, beforeChange))
        .as("R10 08:00 EDT on Sunday")
        .isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
  }

  @Test
  void aDigestTimeTheClocksSkipFallsJustAfterTheGap() {
    Instant saturday = Instant.parse("2026-03-07T12:00:00Z");
    assertThat(AlertPreferences.nextDigest(LocalTime.of(2, 30), NEW_YORK, saturday))
        .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
  }
}
