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
import org.clausewatch.shared.BusinessException;

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
    } catch (BusinessException e) {
      passwords.verifyDecoy(password == null ? "" : password);
      events.recordWithChange(
          clip(username), SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "malformed user name");
      return SignInResult.invalid();
    }
    Instant now = clock.instant();
    // The password is checked without holding the account's row lock: PBKDF2 takes a good part
    // of a second, and sign-ins of one user (a team sharing a demo account, a reconnecting
    // client) would otherwise queue behind each other. The row is locked only to record the
    // outcome, and the rules are checked again on the locked, fresh row.
    Optional<UserAccount> found = accounts.findByUsername(name);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "unknown user name");
      return SignInResult.invalid();
    }
    UserAccount unlocked = found.get();
    Optional<SignInResult> refused = refusal(name, unlocked.mayAttempt(now, policies.current()));
    if (refused.isPresent()) {
      if (refused.get().status() == SignInResult.Status.INVALID) {
        passwords.verifyDecoy(password);
      }
      return refused.get();
    }
    boolean matches = passwords.matches(password, unlocked.passwordHash());
    UserAccount account = accounts.lockForUpdate(unlocked);
    if (!account.passwordHash().equals(unlocked.passwordHash())) {
      matches = passwords.matches(password, account.passwordHash()); // reset meanwhile
    }
    refused = refusal(name, account.mayAttempt(now, policies.current()));
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!matches) {
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

  /** The answer to an account that may not attempt now (disabled, locked, throttled), recorded. */
  private Optional<SignInResult> refusal(String name, SignInCheck check) {
    return switch (check.verdict()) {
      case DISABLED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "account disabled");
        yield Optional.of(SignInResult.invalid());
      }
      case LOCKED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "account locked");
        yield Optional.of(
            new SignInResult(SignInResult.Status.LOCKED, name, Set.of(), check.retryAt()));
      }
      case THROTTLED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "too many attempts, throttled");
        yield Optional.of(
            new SignInResult(SignInResult.Status.THROTTLED, name, Set.of(), check.retryAt()));
      }
      case ALLOWED -> Optional.empty();
    };
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
