package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final Instant WINTER = Instant.parse("2026-12-07T21:18:06Z");
  private static final Instant SUMMER = Instant.parse("2026-07-07T21:18:06Z");

  @Test
  void aRecordedTimeIsShownInTheViewersZoneWithItsShortName() {
    assertThat(Formats.recorded(WINTER, ZoneId.of("America/New_York")))
        .isEqualTo("2026-12-07 16:18:06 EST");
    assertThat(Formats.recorded(SUMMER, ZoneId.of("America/New_York")))
        .as("summer time")
        .isEqualTo("2026-07-07 17:18:06 EDT");
    assertThat(Formats.recorded(WINTER, ZoneId.of("Europe/Berlin")))
        .as("the next day there")
        .isEqualTo("2026-12-07 22:18:06 CET");
  }

  @Test
  void withoutAChosenZoneAndOnTheAdministrationPagesItIsUtc() {
    assertThat(Formats.recorded(WINTER, ZoneOffset.UTC)).isEqualTo("2026-12-07 21:18:06 UTC");
    assertThat(Formats.recorded(WINTER, ZoneId.of("UTC"))).isEqualTo("2026-12-07 21:18:06 UTC");
    assertThat(new Formats().utc(WINTER)).isEqualTo("2026-12-07 21:18:06 UTC");
    assertThat(new Formats().utc(null)).isEmpty();
  }
}
