package org.clausewatch.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.account.domain.AccountRepository;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.SignInCheck;
import org.clausewatch.account.domain.UserAccount;

/**
 * Checks a user name and password. Before the password is looked at, a disabled, locked or
 * throttled account is refused; a wrong password counts towards the lockout. Every attempt is a
 * security event. Unknown users cost the same time as known ones and get the same answer as a wrong
 * password.
 */
@Stateless
public class SignInService {

  @Inject private AccountRepository accounts;
  @Inject private Passwords passwords;
  @Inject private SecurityEventService events;
  @Inject private Clock clock;
  @Inject private SignInPolicies policies;

  public SignInResult signIn(String username, String password) {
    String name;
    try {
      name = UserAccount.normalizeUsername(username);
    } catch (IllegalArgumentException e) {
      passwords.verifyDecoy(password == null ? "" : password);
      events.recordWithChange(
          clip(username), SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "malformed user name");
      return SignInResult.invalid();
    }
    Instant now = clock.instant();
    Optional<UserAccount> found = accounts.findByUsernameForUpdate(name);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "unknown user name");
      return SignInResult.invalid();
    }
    UserAccount account = found.get();
    SignInCheck check = account.mayAttempt(now, policies.current());
    switch (check.verdict()) {
      case DISABLED -> {
        passwords.verifyDecoy(password);
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "account disabled");
        return SignInResult.invalid();
      }
      case LOCKED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "account locked");
        return new SignInResult(SignInResult.Status.LOCKED, name, Set.of(), check.retryAt());
      }
      case THROTTLED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "too many attempts, throttled");
        return new SignInResult(SignInResult.Status.THROTTLED, name, Set.of(), check.retryAt());
      }
      case ALLOWED -> {
        // checked below
      }
    }
    if (!passwords.matches(password, account.passwordHash())) {
      boolean locked = account.recordFailure(now, policies.current());
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "wrong password");
      if (locked) {
        events.recordWithChange(
            name,
            SecurityEventKind.LOCKOUT,
            Outcome.SUCCESS,
            name,
            "locked until " + account.lockedUntil() + " after repeated failures");
        return new SignInResult(SignInResult.Status.LOCKED, name, Set.of(), account.lockedUntil());
      }
      return SignInResult.invalid();
    }
    account.recordSuccess(now);
    events.recordWithChange(name, SecurityEventKind.SIGN_IN, Outcome.SUCCESS, null, null);
    return new SignInResult(SignInResult.Status.SIGNED_IN, name, account.roles(), null);
  }

  /** Records a sign-out; the web layer invalidates the session. */
  public void signedOut(String username) {
    events.recordWithChange(username, SecurityEventKind.SIGN_OUT, Outcome.SUCCESS, null, null);
  }

  private static String clip(String value) {
    if (value == null || value.isBlank()) {
      return "anonymous";
    }
    return value.length() > 60 ? value.substring(0, 60) : value;
  }
}
