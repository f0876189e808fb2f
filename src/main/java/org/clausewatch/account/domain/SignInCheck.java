package org.clausewatch.account.domain;

import java.time.Instant;

/** Whether an account may try to sign in now, before its password is even looked at. */
public record SignInCheck(Verdict verdict, Instant retryAt) {

  public enum Verdict {
    ALLOWED,
    DISABLED,
    THROTTLED,
    LOCKED
  }

  static SignInCheck allowed() {
    return new SignInCheck(Verdict.ALLOWED, null);
  }

  public boolean isAllowed() {
    return verdict == Verdict.ALLOWED;
  }
}
