package org.clausewatch.alert.domain;

import java.time.Duration;

/** When a failed e-mail is tried again: 1, 2, 4 ... minutes, at most an hour apart (R6). */
public final class Backoff {

  /** Attempts before a delivery is marked failed; about a day of retries. */
  public static final int MAX_ATTEMPTS = 30;

  private static final Duration LONGEST = Duration.ofHours(1);

  private Backoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  public static Duration after(int attempts) {
    if (attempts < 1) {
      return Duration.ZERO;
    }
    if (attempts > 7) {
      return LONGEST;
    }
    Duration wait = Duration.ofMinutes(1L << (attempts - 1));
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
