package org.clausewatch.account.domain;

import java.time.Duration;

/**
 * How repeated sign-in failures slow down and then lock an account (OWASP ASVS 2.2.1). After {@code
 * throttleAfter} consecutive failures each further attempt must wait {@code throttleDelay} after
 * the last failure; after {@code lockAfter} failures the account is locked for {@code lockDuration}
 * (an administrator can unlock it earlier).
 */
public record SignInPolicy(
    int throttleAfter, Duration throttleDelay, int lockAfter, Duration lockDuration) {

  public static final SignInPolicy DEFAULT =
      new SignInPolicy(3, Duration.ofSeconds(5), 5, Duration.ofMinutes(15));

  public SignInPolicy {
    if (throttleAfter < 1 || lockAfter <= throttleAfter) {
      throw new IllegalArgumentException("Need 1 <= throttleAfter < lockAfter");
    }
    if (throttleDelay.isNegative() || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("Delays must not be negative");
    }
  }
}
