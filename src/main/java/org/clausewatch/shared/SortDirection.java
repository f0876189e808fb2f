package org.clausewatch.shared;

public enum SortDirection {
  ASCENDING,
  DESCENDING
}
