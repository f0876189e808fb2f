package org.clausewatch.clause.domain;

public enum ClauseCategory {
  USAGE_RESTRICTION,
  ACCESS_AND_USE,
  OBLIGATION,
  TERMINATION,
  DATA_RIGHTS,
  PAYMENT,
  COMPLIANCE,
  OTHER
}
