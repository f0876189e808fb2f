package org.clausewatch.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.clausewatch.account.domain.AccountRepository;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.SignInAttempts;
import org.clausewatch.account.domain.SignInCheck;
import org.clausewatch.account.domain.UserAccount;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.RequestOrigin;
import org.jboss.logging.Logger;

/**
 * Checks a user name and password. Before the password is looked at, a client address that floods,
 * a name tried too often from this address or from everywhere ({@link SignInThrottle}), and a
 * disabled or locked account are refused; a wrong password counts towards each limit. Every attempt
 * is a security event (a flood: one per address and minute). Unknown users cost the same time as
 * known ones and get the same answers: "not correct" for a wrong password, "too many attempts, try
 * again at ..." for every kind of throttle or lock.
 */
@Stateless
public class SignInService {

  @Inject private AccountRepository accounts;
  @Inject private Passwords passwords;
  @Inject private SecurityEventService events;
  @Inject private Clock clock;
  @Inject private SignInPolicies policies;
  @Inject private SignInThrottle throttle;
  @Inject private RequestOrigin origin;

  private static final Logger LOG = Logger.getLogger(SignInService.class);

  public SignInResult signIn(String username, String password) {
    Instant now = clock.instant();
    String address = origin.address();
    // 1. The client address: a flood is refused before any name is read or hash computed; one
    //    event per address and minute, not one per request.
    Optional<SignInAttempts.Refusal> flood = throttle.admit(address, now);
    if (flood.isPresent()) {
      if (flood.get().firstInWindow()) {
        events.recordWithChange(
            clip(username),
            SecurityEventKind.SIGN_IN,
            Outcome.DENIED,
            null,
            "too many sign-in attempts from this address, refused until " + flood.get().retryAt());
      }
      return SignInResult.tooMany(flood.get().retryAt());
    }
    String name;
    try {
      name = UserAccount.normalizeUsername(username);
    } catch (BusinessException e) {
      passwords.verifyDecoy(password == null ? "" : password);
      events.recordWithChange(
          clip(username), SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "malformed user name");
      return SignInResult.invalid();
    }
    // 2. This name from this address, and this name from everywhere: the same answer whether
    //    or not an account has the name.
    Optional<Instant> wait = throttle.refusal(name, address, now);
    if (wait.isPresent()) {
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "too many attempts, throttled");
      return SignInResult.tooMany(wait.get());
    }
    // 3. The password is checked without holding the account's row lock: PBKDF2 takes a good
    //    part of a second, and sign-ins of one user would otherwise queue behind each other. The
    //    row is locked only to record the outcome, and the rules are checked again on it.
    Optional<UserAccount> found = accounts.findByUsername(name);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      throttle.failed(name, address, now);
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "unknown user name");
      return SignInResult.invalid();
    }
    UserAccount unlocked = found.get();
    Optional<SignInResult> refused =
        refusal(name, unlocked.mayAttempt(now, policies.accountWide()));
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
    refused = refusal(name, account.mayAttempt(now, policies.accountWide()));
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!matches) {
      boolean locked = throttle.failed(name, address, now);
      locked |= account.recordFailure(now, policies.accountWide());
      if (locked) {
        account.lockUntil(now.plus(policies.current().lockDuration()));
      }
      events.recordWithChange(
          name, SecurityEventKind.SIGN_IN, Outcome.FAILURE, null, "wrong password");
      if (locked) {
        LOG.warnf(
            "Account %s locked until %s after %d failed sign-ins from any address; administrators"
                + " see it on the users page and in the security events",
            name, account.lockedUntil(), policies.nameLockAfter());
        events.recordWithChange(
            name,
            SecurityEventKind.LOCKOUT,
            Outcome.SUCCESS,
            name,
            "locked until " + account.lockedUntil() + " after repeated failures from any address");
        return SignInResult.tooMany(account.lockedUntil());
      }
      return SignInResult.invalid();
    }
    throttle.succeeded(name, address);
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
        yield Optional.of(SignInResult.tooMany(check.retryAt()));
      }
      case THROTTLED -> {
        events.recordWithChange(
            name, SecurityEventKind.SIGN_IN, Outcome.DENIED, null, "too many attempts, throttled");
        yield Optional.of(SignInResult.tooMany(check.retryAt()));
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
