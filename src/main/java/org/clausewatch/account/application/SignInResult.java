package org.clausewatch.account.application;

import java.time.Instant;
import java.util.Set;
import org.clausewatch.shared.security.Role;

/** What a sign-in attempt came to. {@code retryAt} is set for throttled and locked accounts. */
public record SignInResult(Status status, String username, Set<Role> roles, Instant retryAt) {

  public enum Status {
    SIGNED_IN,
    INVALID,
    /** Too many attempts (from this address, for this name, or a locked account): one answer. */
    TOO_MANY
  }

  static SignInResult tooMany(Instant retryAt) {
    return new SignInResult(Status.TOO_MANY, null, Set.of(), retryAt);
  }

  static SignInResult invalid() {
    return new SignInResult(Status.INVALID, null, Set.of(), null);
  }

  public boolean signedIn() {
    return status == Status.SIGNED_IN;
  }
}
