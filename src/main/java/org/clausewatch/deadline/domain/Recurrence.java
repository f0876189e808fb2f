package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  /** The longest rule accepted, in characters. */
  public static final int MAX_LENGTH = 500;

  /** The most occurrences a rule may name with COUNT. */
  public static final int MAX_COUNT = 1_000;

  /** The largest INTERVAL accepted. */
  public static final int MAX_INTERVAL = 100;

  /** How far ahead (from a series' start) any expansion looks, and how far UNTIL may be. */
  public static final int HORIZON_YEARS = 100;

  /** The most dates one expansion computes, whatever the rule. */
  static final int MAX_EXPANSION = 5_000;

  /**
   * Parses a rule an obligation may have: daily, weekly, monthly or yearly (an obligation falls due
   * on dates, not times), COUNT at most {@value #MAX_COUNT}, INTERVAL at most {@value
   * #MAX_INTERVAL}, UNTIL within {@value #HORIZON_YEARS} years. These bounds keep every expansion
   * small whatever a user types.
   *
   * @throws BusinessException if the rule does not parse or is outside these bounds
   */
  public static Recurrence parse(String rule) {
    Objects.requireNonNull(rule, "rule");
    String trimmed = rule.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new BusinessException("A recurrence rule has at most " + MAX_LENGTH + " characters");
    }
    if (trimmed.startsWith("RRULE:")) {
      trimmed = trimmed.substring("RRULE:".length());
    }
    Recur<LocalDate> recur;
    try {
      recur = new Recur<>(trimmed);
    } catch (RuntimeException e) {
      throw new BusinessException("Not a valid RRULE: " + trimmed, e);
    }
    if (recur.getFrequency() == null
        || !ALLOWED_FREQUENCIES.contains(recur.getFrequency().name())) {
      throw new BusinessException(
          "An obligation recurs DAILY, WEEKLY, MONTHLY or YEARLY, not " + recur.getFrequency());
    }
    if (recur.getCount() > MAX_COUNT) {
      throw new BusinessException("COUNT may be at most " + MAX_COUNT);
    }
    if (recur.getInterval() > MAX_INTERVAL) {
      throw new BusinessException("INTERVAL may be at most " + MAX_INTERVAL);
    }
    if (recur.getUntil() != null
        && ChronoUnit.YEARS.between(LocalDate.now(ZoneOffset.UTC), LocalDate.from(recur.getUntil()))
            > HORIZON_YEARS) {
      throw new BusinessException("UNTIL may be at most " + HORIZON_YEARS + " years ahead");
    }
    return new Recurrence(trimmed, recur);
  }

  private static final Set<String> ALLOWED_FREQUENCIES =
      Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");

  /** The first {@code count} occurrences on or after {@code from}, for a series starting then. */
  public List<LocalDate> occurrences(LocalDate seriesStart, LocalDate from, int count) {
    int wanted = Math.min(Math.max(1, count), MAX_EXPANSION);
    LocalDate horizon = seriesStart.plusYears(HORIZON_YEARS);
    if (from.isAfter(horizon)) {
      return List.of();
    }
    return recur.getDates(seriesStart, from, horizon, wanted).stream()
        .filter(d -> !d.isBefore(from))
        .limit(wanted)
        .toList();
  }

  /**
   * Up to {@code past} occurrences before {@code today} (the latest ones) and {@code next} on or
   * after it, in date order.
   */
  public List<LocalDate> around(LocalDate seriesStart, LocalDate today, int past, int next) {
    // The latest past occurrences lie within the last ten years for any rule that recurs at
    // least that often; looking no further keeps a daily rule started long ago cheap.
    LocalDate windowStart = today.minusYears(10);
    List<LocalDate> before =
        seriesStart.isBefore(today)
            ? recur
                .getDates(
                    seriesStart,
                    seriesStart.isAfter(windowStart) ? seriesStart : windowStart,
                    today.minusDays(1),
                    MAX_EXPANSION)
                .stream()
                .filter(d -> d.isBefore(today))
                .toList()
            : List.of();
    List<LocalDate> dates =
        new java.util.ArrayList<>(before.subList(Math.max(0, before.size() - past), before.size()));
    dates.addAll(occurrences(seriesStart, today, next));
    return dates;
  }

  /**
   * This series cut after {@code lastOwed}: the same rule with UNTIL that day (and no COUNT), so
   * every reader of the rule (pages, flags, alerts, calendars) stops there.
   *
   * @param seriesStart the series' first date, or {@code lastOwed} for a series that starts with
   *     the contract
   * @throws BusinessException if no occurrence falls after {@code lastOwed}: the series ends by
   *     then
   */
  public Recurrence endingAfter(LocalDate seriesStart, LocalDate lastOwed) {
    List<LocalDate> after = occurrences(seriesStart, lastOwed.plusDays(1), 1);
    if (after.isEmpty()) {
      throw new BusinessException(
          "No occurrence falls after " + lastOwed + ": the series ends by then already");
    }
    Recur<LocalDate> cut = new Recur.Builder<>(recur).count(null).until(lastOwed).build();
    return parse(cut.toString());
  }

  public String rule() {
    return rule;
  }

  @Override
  public String toString() {
    return rule;
  }
}
