package org.clausewatch.alert.domain;

import java.time.Instant;
import java.time.ZoneId;

/** A user's alert settings; the calendar token itself is never stored, only when it was made. */
public record AlertPreferences(
    boolean emailEnabled, ZoneId zone, String email, Instant calendarTokenCreatedAt) {

  public boolean hasCalendarToken() {
    return calendarTokenCreatedAt != null;
  }
}
