package org.clausewatch.account.application;

import java.time.Instant;
import java.util.Set;
import org.clausewatch.account.domain.UserAccount;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Role;

/** A row of the users page. {@code lockedUntil} is null unless the account is locked now. */
public record AccountView(
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Classification clearance,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    Instant lastSignInAt,
    Instant createdAt,
    long version) {

  static AccountView of(UserAccount account, Instant now) {
    return new AccountView(
        account.username(),
        account.displayName(),
        account.email(),
        Set.copyOf(account.roles()),
        account.clearance(),
        account.enabled(),
        account.failedAttempts(),
        account.isLocked(now) ? account.lockedUntil() : null,
        account.lastSignInAt(),
        account.createdAt(),
        account.version());
  }

  public boolean locked() {
    return lockedUntil != null;
  }
}
