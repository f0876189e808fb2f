package org.clausewatch.account.domain;

/** What happened; NIST SP 800-53 AU-2 events for Clausewatch. */
public enum SecurityEventKind {
  SIGN_IN,
  SIGN_OUT,
  LOCKOUT,
  ACCESS_DENIED,
  USER_CREATED,
  USER_DISABLED,
  USER_ENABLED,
  USER_UNLOCKED,
  PASSWORD_RESET,
  ROLES_CHANGED,
  CLEARANCE_CHANGED
}
