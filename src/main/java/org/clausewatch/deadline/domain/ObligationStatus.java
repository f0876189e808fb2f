package org.clausewatch.deadline.domain;

public enum ObligationStatus {
  OPEN,
  MET,
  MISSED,
  WAIVED
}
