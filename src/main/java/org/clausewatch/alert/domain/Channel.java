package org.clausewatch.alert.domain;

/** How an alert reaches its recipient. */
public enum Channel {
  /** The notification centre in the page header. */
  IN_APP,
  EMAIL
}
