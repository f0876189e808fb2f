package org.clausewatch.flag.domain;

/** How much a flag matters, most first. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW
}
