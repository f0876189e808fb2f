package org.clausewatch.alert.domain;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Reading native query columns: times, zones and step lists (seconds joined by commas). */
final class Rows {

  private Rows() {}

  static long id(Object value) {
    return ((Number) value).longValue();
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) value;
  }

  /** A stored zone id; UTC if there is none or the id is no longer known to this JDK. */
  static ZoneId zone(String id) {
    if (id == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }

  static java.time.LocalTime localTime(Object value) {
    if (value instanceof java.sql.Time t) {
      return t.toLocalTime();
    }
    return (java.time.LocalTime) value;
  }

  static Duration seconds(Object value) {
    return value == null ? null : Duration.ofSeconds(((Number) value).longValue());
  }

  static List<Duration> steps(String secondsJoined) {
    if (secondsJoined == null || secondsJoined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(secondsJoined.split(","))
        .map(s -> Duration.ofSeconds(Long.parseLong(s)))
        .toList();
  }

  /** SQL for a step list as "seconds,seconds,...": the counterpart of {@link #steps}. */
  static String stepsColumn(String intervalArray) {
    return "array_to_string(array(select extract(epoch from s)::bigint from unnest("
        + intervalArray
        + ") s), ',')";
  }
}
