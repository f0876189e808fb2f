package org.clausewatch.contract.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * How urgently a contract needs attention, as the one number PostgreSQL keeps on the contract from
 * its flags (V35's {@code flag_urgency}) and the list sorts by: lower is more urgent. It orders
 * like the overview: the most severe flag that asks for attention and nobody dismissed, then the
 * earliest time such a flag of that severity falls due (none: last within the severity), then
 * (outside the number) the contract number. Contracts that need no attention come after all others.
 */
public final class Urgency {

  /** Keys per severity: high is below 1e11, medium below 2e11, low below 3e11. */
  static final long PER_SEVERITY = 100_000_000_000L;

  /** Added to a due time's seconds since 1970, so that times back to about the year 390 fit. */
  static final long DUE_OFFSET = 50_000_000_000L;

  /** Within a severity: the flag falls due at no particular time. */
  static final long NO_DUE = PER_SEVERITY - 1;

  /** The key of a contract that needs no attention. */
  public static final long NONE = 3 * PER_SEVERITY;

  /** How severe the most severe reason is, most severe first (the flag feature's severities). */
  public enum Level {
    HIGH,
    MEDIUM,
    LOW
  }

  private Urgency() {}

  /**
   * The key of a contract whose most urgent reason has this severity and due time; what V35's
   * {@code flag_urgency} computes (times outside the years 390 to 3550 are clamped).
   *
   * @param level the most severe reason's severity
   * @param due when that reason falls due, or null
   */
  public static long of(Level level, Instant due) {
    long within =
        due == null ? NO_DUE : Math.min(Math.max(due.getEpochSecond() + DUE_OFFSET, 0), NO_DUE - 1);
    return level.ordinal() * PER_SEVERITY + within;
  }

  /** The severity of a contract's most urgent reason; empty when it needs no attention. */
  public static Optional<Level> level(long key) {
    long rank = key / PER_SEVERITY;
    return key < 0 || rank >= Level.values().length
        ? Optional.empty()
        : Optional.of(Level.values()[(int) rank]);
  }

  /** When the most urgent reason falls due; empty when it has no time or there is no reason. */
  public static Optional<Instant> due(long key) {
    if (level(key).isEmpty() || key % PER_SEVERITY == NO_DUE) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(key % PER_SEVERITY - DUE_OFFSET));
  }
}
