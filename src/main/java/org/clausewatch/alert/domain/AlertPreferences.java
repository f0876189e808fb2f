package org.clausewatch.alert.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A user's alert settings; the calendar token itself is never stored, only when it was made. {@code
 * zone} is UTC until the user chooses one ({@code zoneChosen}).
 */
public record AlertPreferences(
    boolean emailEnabled,
    ZoneId zone,
    String email,
    Instant calendarTokenCreatedAt,
    boolean digestEnabled,
    LocalTime digestAt,
    boolean zoneChosen) {

  /**
   * The first time after {@code after} at which a daily digest at local time {@code at} in {@code
   * zone} is due; on a day the clocks skip that time, the first moment after the gap.
   */
  public static Instant nextDigest(LocalTime at, ZoneId zone, Instant after) {
    ZonedDateTime local = after.atZone(zone);
    ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(zone);
    if (!candidate.toInstant().isAfter(after)) {
      candidate = local.toLocalDate().plusDays(1).atTime(at).atZone(zone);
    }
    return candidate.toInstant();
  }

  public boolean hasCalendarToken() {
    return calendarTokenCreatedAt != null;
  }
}
