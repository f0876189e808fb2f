package org.clausewatch.deadline.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Due times as people state them: "by 5 p.m. Friday", in the zone of whoever said it (R1). */
public final class DueTime {

  private DueTime() {}

  /**
   * The next {@code day} at {@code time} in {@code zone} strictly after now: said on a Friday
   * morning, "5 p.m. Friday" is that afternoon; said on Friday evening, it is a week later.
   */
  public static ZonedDateTime next(DayOfWeek day, LocalTime time, ZoneId zone, Clock clock) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    ZonedDateTime candidate = now.with(TemporalAdjusters.nextOrSame(day)).with(time);
    return candidate.isAfter(now) ? candidate : now.with(TemporalAdjusters.next(day)).with(time);
  }
}
