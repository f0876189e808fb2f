package org.clausewatch.deadline.domain;

public enum DeadlineStatus {
  OPEN,
  MET,
  MISSED,
  WITHDRAWN
}
