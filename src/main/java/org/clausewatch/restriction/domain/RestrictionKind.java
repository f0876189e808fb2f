package org.clausewatch.restriction.domain;

public enum RestrictionKind {
  PROHIBITED,
  CONDITIONAL
}
