package org.clausewatch.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.clausewatch.account.domain.SignInPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in policies from configuration ({@code CLAUSEWATCH_SIGNIN_*} environment variables or
 * system properties): per user name and client address (defaults {@link SignInPolicy#DEFAULT}), per
 * user name from every address, and per client address.
 */
@ApplicationScoped
public class SignInPolicies {

  @Inject
  @ConfigProperty(name = "clausewatch.signin.throttle-after", defaultValue = "3")
  int throttleAfter;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.throttle-delay", defaultValue = "PT5S")
  String throttleDelay;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.lock-after", defaultValue = "5")
  int lockAfter;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.lock-duration", defaultValue = "PT15M")
  String lockDuration;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.name-lock-after", defaultValue = "50")
  int nameLockAfter;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.address-limit", defaultValue = "30")
  int addressLimit;

  @Inject
  @ConfigProperty(name = "clausewatch.signin.address-limit-exempt", defaultValue = "none")
  String addressLimitExempt;

  /** Consecutive failures of one name, from any address, that lock it (an administrator alert). */
  public int nameLockAfter() {
    return nameLockAfter;
  }

  /** Sign-in attempts one client address may make a minute. */
  public int addressLimit() {
    return addressLimit;
  }

  /**
   * Whether the per-address limit spares this address (a comma-separated list; "none" by default).
   * The integration tests spare loopback, from which every test signs in.
   */
  public boolean isExempt(String address) {
    return address != null
        && java.util.Arrays.stream(addressLimitExempt.split(","))
            .map(String::strip)
            .anyMatch(address::equals);
  }

  /**
   * The rule for one account in the database, from every address together: no throttle, a lock
   * after {@link #nameLockAfter()} failures for the lock duration.
   */
  public SignInPolicy accountWide() {
    return new SignInPolicy(
        nameLockAfter - 1, Duration.ZERO, nameLockAfter, Duration.parse(lockDuration));
  }

  /** The rule for one user name from one client address (throttle, then lock). */
  public SignInPolicy current() {
    return new SignInPolicy(
        throttleAfter, Duration.parse(throttleDelay), lockAfter, Duration.parse(lockDuration));
  }
}
