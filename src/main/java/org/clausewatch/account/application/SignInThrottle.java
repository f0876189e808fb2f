package org.clausewatch.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.clausewatch.account.domain.SignInAttempts;

/** The server's one {@link SignInAttempts}, built from the configured {@link SignInPolicies}. */
@ApplicationScoped
public class SignInThrottle {

  /** Entries each table of counts keeps at most (the least recently used go first). */
  static final int MAX_ENTRIES = 100_000;

  @Inject private SignInPolicies policies;

  private SignInAttempts attempts;

  @PostConstruct
  void init() {
    attempts =
        new SignInAttempts(
            policies.current(), policies.nameLockAfter(), policies.addressLimit(), MAX_ENTRIES);
  }

  Optional<SignInAttempts.Refusal> admit(String address, Instant now) {
    if (policies.isExempt(address)) {
      return Optional.empty();
    }
    return attempts.admit(address == null ? "unknown" : address, now);
  }

  Optional<Instant> refusal(String name, String address, Instant now) {
    return attempts.refusal(name, String.valueOf(address), now);
  }

  boolean failed(String name, String address, Instant now) {
    return attempts.failed(name, String.valueOf(address), now);
  }

  void succeeded(String name, String address) {
    attempts.succeeded(name, String.valueOf(address));
  }

  void forget(String name) {
    attempts.forget(name);
  }
}
