package org.clausewatch.deadline.domain;

public enum DeadlineKind {
  ULTIMATUM,
  RESPONSE,
  DELIVERY,
  RENEWAL,
  OPTION_EXERCISE,
  REPORT,
  OTHER
}
