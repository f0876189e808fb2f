package org.clausewatch.annotation.domain;

/** What became of proposed wording. */
public enum Decision {
  ACCEPTED,
  REJECTED
}
