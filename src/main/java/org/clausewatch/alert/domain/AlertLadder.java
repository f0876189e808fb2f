package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.BusinessException;

/**
 * The lead times at which a deadline alerts (R1): a step is a duration before the due time; zero is
 * the due time itself and a negative step is after it ("overdue"). Steps are kept earliest first.
 * The defaults per kind are also in table {@code alert_ladder} (V13), which the database uses to
 * keep each deadline's next alert time; {@code AlertLadderIT} checks the two agree.
 */
public record AlertLadder(List<Duration> steps) {

  public static final int MAX_STEPS = 12;

  private static final long DAY_SECONDS = 86_400;

  /** A step may lie at most a year before or 30 days after the due time. */
  private static final Duration LONGEST_BEFORE = Duration.ofDays(366);

  private static final Duration LONGEST_AFTER = Duration.ofDays(30);

  private static final Pattern STEP =
      Pattern.compile("(?i)\\s*(?:(due)|(\\d{1,4})\\s*([dhm])\\s*(after|before)?)\\s*");

  private static final AlertLadder ULTIMATUM =
      new AlertLadder(
          List.of(
              Duration.ofHours(72),
              Duration.ofHours(24),
              Duration.ofHours(4),
              Duration.ofHours(1),
              Duration.ZERO,
              Duration.ofHours(-1)));

  private static final AlertLadder OTHERS =
      new AlertLadder(
          List.of(
              Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(-1)));

  private static final Map<DeadlineKind, AlertLadder> DEFAULTS = new EnumMap<>(DeadlineKind.class);

  static {
    for (DeadlineKind kind : DeadlineKind.values()) {
      DEFAULTS.put(kind, kind == DeadlineKind.ULTIMATUM ? ULTIMATUM : OTHERS);
    }
  }

  public AlertLadder {
    if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new BusinessException("An alert ladder has 1 to " + MAX_STEPS + " steps");
    }
    for (Duration step : steps) {
      if (step.compareTo(LONGEST_BEFORE) > 0 || step.negated().compareTo(LONGEST_AFTER) > 0) {
        throw new BusinessException(
            "An alert step lies at most 366 days before or 30 days after the due time");
      }
    }
    steps = steps.stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** The default ladder of ultimatums. */
  public static AlertLadder ultimatumDefault() {
    return ULTIMATUM;
  }

  /** The default ladder of every kind of deadline but ultimatums. */
  public static AlertLadder otherKindsDefault() {
    return OTHERS;
  }

  /** The kind's default ladder. */
  public static AlertLadder defaultFor(DeadlineKind kind) {
    return DEFAULTS.get(kind);
  }

  /**
   * Reads steps as a user writes them: "72h, 24h, 4h, 1h, due, 1h after" (units d, h, m; "before"
   * is the default).
   *
   * @throws BusinessException naming the first step that does not read
   */
  public static AlertLadder parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("Name at least one alert step, for example \"24h, 1h, due\"");
    }
    List<Duration> steps = new ArrayList<>();
    for (String part : text.split(",", MAX_STEPS + 2)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        throw new BusinessException(
            "\""
                + part.strip()
                + "\" is not an alert step; write for example 72h, 7d, 30m, due or 1h after");
      }
      if (m.group(1) != null) {
        steps.add(Duration.ZERO);
        continue;
      }
      long amount = Long.parseLong(m.group(2));
      Duration step =
          switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
          };
      steps.add("after".equalsIgnoreCase(m.group(4)) ? step.negated() : step);
    }
    return new AlertLadder(steps);
  }

  /** The steps as {@link #parse} reads them. */
  public String format() {
    return String.join(", ", steps.stream().map(AlertLadder::shortLabel).toList());
  }

  /**
   * When a step falls for a deadline due at {@code due}, stated in {@code zone}: a step of whole
   * days that many calendar days earlier on that zone's wall clock (17:00 New York stays 17:00 New
   * York across a daylight-saving change), any other step exactly that long before. V16's {@code
   * alert_step_at} does the same in the database.
   */
  public static Instant timeOf(Instant due, ZoneId zone, Duration step) {
    if (step.isZero()) {
      return due;
    }
    if (step.toSeconds() % DAY_SECONDS == 0) {
      return due.atZone(zone).minusDays(step.toSeconds() / DAY_SECONDS).toInstant();
    }
    return due.minus(step);
  }

  /** The first step time strictly after {@code after}; empty past the last step. */
  public Optional<Instant> nextAfter(Instant due, ZoneId zone, Instant after) {
    return steps.stream()
        .map(s -> timeOf(due, zone, s))
        .filter(t -> t.isAfter(after))
        .min(Instant::compareTo);
  }

  /**
   * The step to alert now: of the steps that fell after {@code decidedUntil} and by {@code now},
   * the latest, with the earlier ones it stands for (R3: after downtime, one alert, not a burst).
   */
  public Optional<Decision> decide(Instant due, ZoneId zone, Instant decidedUntil, Instant now) {
    List<Duration> fallen =
        steps.stream()
            .filter(
                s ->
                    timeOf(due, zone, s).isAfter(decidedUntil)
                        && !timeOf(due, zone, s).isAfter(now))
            .toList();
    if (fallen.isEmpty()) {
      return Optional.empty();
    }
    Duration latest = fallen.get(fallen.size() - 1);
    return Optional.of(new Decision(latest, fallen.subList(0, fallen.size() - 1)));
  }

  /** "72 hours before", "at the due time", "1 hour after". */
  public static String label(Duration step) {
    if (step.isZero()) {
      return "at the due time";
    }
    Duration abs = step.abs();
    String amount;
    if (abs.toMinutes() % (24 * 60) == 0 && abs.toDays() != 1 && abs.toHours() > 72) {
      amount = plural(abs.toDays(), "day");
    } else if (abs.toMinutes() % 60 == 0) {
      amount = plural(abs.toHours(), "hour");
    } else {
      amount = plural(abs.toMinutes(), "minute");
    }
    return amount + (step.isNegative() ? " after" : " before");
  }

  private static String shortLabel(Duration step) {
    if (step.isZero()) {
      return "due";
    }
    Duration abs = step.abs();
    String amount =
        abs.toMinutes() % (24 * 60) == 0 && abs.toHours() > 72
            ? abs.toDays() + "d"
            : abs.toMinutes() % 60 == 0 ? abs.toHours() + "h" : abs.toMinutes() + "m";
    return step.isNegative() ? amount + " after" : amount;
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** The step alerted now, and the earlier steps that fell unalerted (downtime) it stands for. */
  public record Decision(Duration step, List<Duration> missed) {}
}
