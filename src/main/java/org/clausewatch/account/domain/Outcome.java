package org.clausewatch.account.domain;

/** How a security event ended. */
public enum Outcome {
  SUCCESS,
  FAILURE,
  DENIED
}
