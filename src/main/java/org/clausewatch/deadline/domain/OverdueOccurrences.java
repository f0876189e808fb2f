package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An open obligation's overdue occurrences on a day: not settled, and dated before that day (UTC),
 * as the contract page marks them and a day after the overdue alert's grace begins. A recurring
 * obligation is looked at over its last ten years, as the contract page does.
 *
 * @param count how many
 * @param earliest the earliest of them
 * @param latest the latest of them
 */
public record OverdueOccurrences(int count, LocalDate earliest, LocalDate latest) {

  /**
   * @param due the obligation's due date, or its series' first date (null: a series that starts
   *     with the contract has no past occurrences here, as on the contract page)
   * @param rule its recurrence (RRULE), or null for a one-time obligation
   * @param settled the occurrences fulfilled, waived or missed
   * @return empty when none is overdue
   * @throws org.clausewatch.shared.BusinessException if the stored rule does not parse
   */
  public static Optional<OverdueOccurrences> on(
      LocalDate today, LocalDate due, String rule, Set<LocalDate> settled) {
    if (due == null) {
      return Optional.empty();
    }
    List<LocalDate> dates =
        rule == null
            ? List.of(due)
            : Recurrence.parse(rule).around(due, today, Recurrence.MAX_EXPANSION, 0);
    List<LocalDate> overdue =
        dates.stream().filter(d -> d.isBefore(today) && !settled.contains(d)).toList();
    if (overdue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OverdueOccurrences(overdue.size(), overdue.get(0), overdue.get(overdue.size() - 1)));
  }
}
