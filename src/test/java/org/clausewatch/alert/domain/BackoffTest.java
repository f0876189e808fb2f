package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void waitsDoubleFromOneMinuteUpToAnHour() {
    assertThat(Backoff.after(1)).as("R6").isEqualTo(Duration.ofMinutes(1));
    assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
    assertThat(Backoff.after(Backoff.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retriesForAboutADayBeforeGivingUp() {
    Duration total = Duration.ZERO;
    for (int i = 1; i < Backoff.MAX_ATTEMPTS; i++) {
      total = total.plus(Backoff.after(i));
    }
    assertThat(total).isBetween(Duration.ofHours(20), Duration.ofHours(26));
  }
}
