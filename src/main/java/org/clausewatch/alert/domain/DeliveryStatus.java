package org.clausewatch.alert.domain;

/** Where an alert's delivery stands. */
public enum DeliveryStatus {
  /** Waiting in the outbox for its (next) attempt. */
  PENDING,
  /** Waiting for the recipient's daily digest. */
  HELD,
  SENT,
  /** Given up after {@link Backoff#MAX_ATTEMPTS} attempts; an administrator may retry it. */
  FAILED,
  /**
   * Not sent: when it was due, the recipient was disabled or no longer cleared for the contract.
   */
  WITHHELD
}
