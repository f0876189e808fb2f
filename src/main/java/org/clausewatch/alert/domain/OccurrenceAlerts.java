package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.deadline.domain.Recurrence;

/**
 * When an obligation's occurrences alert (R2): seven days before an occurrence's date ("coming
 * due") and one day after it if it is still unsettled ("overdue"), both at 00:00 UTC, since an
 * obligation's dates have no zone. After downtime only the latest occurrence of each kind is
 * alerted, with the number of earlier ones, and an occurrence already overdue is not also announced
 * as coming due. Dates that become owed later (an obligation entered late, a due date moved, a
 * series reopened) are alerted the same way at the next pass, looking back at most {@link
 * #LOOK_BACK}.
 */
public final class OccurrenceAlerts {

  public static final Duration LEAD = Duration.ofDays(7);
  public static final Duration GRACE = Duration.ofDays(1);

  /** How far back dates that became owed late are still alerted. */
  public static final Duration LOOK_BACK = Duration.ofDays(366);

  /** Occurrences looked at per plan: enough for a daily rule over a month of downtime. */
  private static final int MAX_OCCURRENCES = 400;

  private OccurrenceAlerts() {}

  /** An alert to decide now: an occurrence, coming due or overdue, and how many it stands for. */
  public record Decision(LocalDate occurrence, AlertKind kind, int alsoMissed) {}

  /** What to decide now, and when this obligation next needs a look (empty: never again). */
  public record Plan(List<Decision> decisions, Optional<Instant> next) {}

  /**
   * @param start the obligation's due date (a one-time obligation) or its series' first date
   * @param rule its recurrence, or null for a one-time obligation
   * @param settled the occurrences already fulfilled, waived or missed
   */
  public static Plan plan(
      LocalDate start, Recurrence rule, Set<LocalDate> settled, Instant decidedUntil, Instant now) {
    LocalDate from = day(decidedUntil).minusDays(GRACE.toDays() + 1);
    LocalDate to = day(now).plusDays(LEAD.toDays() + 1);
    List<LocalDate> dates = occurrences(start, rule, from, to);
    LocalDate latestDue = null;
    LocalDate latestOverdue = null;
    int dueCount = 0;
    int overdueCount = 0;
    for (LocalDate d : dates) {
      if (settled.contains(d)) {
        continue;
      }
      if (falls(dueAt(d), decidedUntil, now)) {
        latestDue = d;
        dueCount++;
      }
      if (falls(overdueAt(d), decidedUntil, now)) {
        latestOverdue = d;
        overdueCount++;
      }
    }
    List<Decision> decisions = new ArrayList<>();
    if (latestDue != null && !latestDue.equals(latestOverdue)) {
      decisions.add(new Decision(latestDue, AlertKind.OCCURRENCE_DUE, dueCount - 1));
    }
    if (latestOverdue != null) {
      decisions.add(new Decision(latestOverdue, AlertKind.OCCURRENCE_OVERDUE, overdueCount - 1));
    }
    Optional<Instant> next =
        occurrences(start, rule, day(now).minusDays(GRACE.toDays() + 1), null).stream()
            .filter(d -> !settled.contains(d))
            .flatMap(d -> java.util.stream.Stream.of(dueAt(d), overdueAt(d)))
            .filter(t -> t.isAfter(now))
            .min(Instant::compareTo);
    return new Plan(decisions, next);
  }

  /**
   * Where a plan starts deciding when dates from {@code owedFrom} on became owed just now: before
   * the first of them comes due, but no more than {@link #LOOK_BACK} ago.
   */
  public static Instant undecidedFrom(LocalDate owedFrom, Instant now) {
    Instant before = dueAt(owedFrom).minusSeconds(1);
    Instant floor = now.minus(LOOK_BACK);
    return before.isBefore(floor) ? floor : before;
  }

  public static Instant dueAt(LocalDate occurrence) {
    return occurrence.atStartOfDay(ZoneOffset.UTC).toInstant().minus(LEAD);
  }

  public static Instant overdueAt(LocalDate occurrence) {
    return occurrence.atStartOfDay(ZoneOffset.UTC).toInstant().plus(GRACE);
  }

  private static boolean falls(Instant t, Instant after, Instant until) {
    return t.isAfter(after) && !t.isAfter(until);
  }

  /** Occurrences from {@code from} to {@code to} (or the next few when {@code to} is null). */
  private static List<LocalDate> occurrences(
      LocalDate start, Recurrence rule, LocalDate from, LocalDate to) {
    if (rule == null) {
      boolean inside = !start.isBefore(from) && (to == null || !start.isAfter(to));
      return inside ? List.of(start) : List.of();
    }
    List<LocalDate> dates =
        rule.occurrences(
            start, from.isBefore(start) ? start : from, to == null ? 3 : MAX_OCCURRENCES);
    return to == null ? dates : dates.stream().filter(d -> !d.isAfter(to)).toList();
  }

  private static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
