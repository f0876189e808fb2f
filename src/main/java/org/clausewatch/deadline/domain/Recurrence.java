package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Recur;
import org.clausewatch.shared.BusinessException;

/** An RFC 5545 recurrence rule such as {@code FREQ=MONTHLY;BYMONTHDAY=15}, checked on creation. */
public final class Recurrence {

  private final String rule;
  private final Recur<LocalDate> recur;

  private Recurrence(String rule, Recur<LocalDate> recur) {
    this.rule = rule;
    this.recur = recur;
  }

  /**
   * @throws IllegalArgumentException if the rule does not parse
   */
  public static Recurrence parse(String rule) {
    Objects.requireNonNull(rule, "rule");
    String trimmed = rule.strip();
    if (trimmed.startsWith("RRULE:")) {
      trimmed = trimmed.substring("RRULE:".length());
    }
    try {
      return new Recurrence(trimmed, new Recur<>(trimmed));
    } catch (RuntimeException e) {
      throw new BusinessException("Not a valid RRULE: " + rule, e);
    }
  }

  /** The first {@code count} occurrences on or after {@code from}, for a series starting then. */
  public List<LocalDate> occurrences(LocalDate seriesStart, LocalDate from, int count) {
    // Wide enough for sparse rules (every few years); ical4j stops at the window end.
    LocalDate until = from.plusYears(10L * Math.max(1, count));
    return recur.getDates(seriesStart, from, until).stream().limit(count).toList();
  }

  /**
   * Up to {@code past} occurrences before {@code today} (the latest ones) and {@code next} on or
   * after it, in date order.
   */
  public List<LocalDate> around(LocalDate seriesStart, LocalDate today, int past, int next) {
    List<LocalDate> before =
        seriesStart.isBefore(today)
            ? recur.getDates(seriesStart, seriesStart, today.minusDays(1)).stream()
                .filter(d -> d.isBefore(today))
                .toList()
            : List.of();
    List<LocalDate> dates =
        new java.util.ArrayList<>(before.subList(Math.max(0, before.size() - past), before.size()));
    dates.addAll(occurrences(seriesStart, today, next));
    return dates;
  }

  public String rule() {
    return rule;
  }

  @Override
  public String toString() {
    return rule;
  }
}
