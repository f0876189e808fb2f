package org.clausewatch.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.clausewatch.account.domain.SignInPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in policy from configuration ({@code CLAUSEWATCH_SIGNIN_*} environment variables or
 * system properties); defaults are {@link SignInPolicy#DEFAULT}.
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

  public SignInPolicy current() {
    return new SignInPolicy(
        throttleAfter, Duration.parse(throttleDelay), lockAfter, Duration.parse(lockDuration));
  }
}
