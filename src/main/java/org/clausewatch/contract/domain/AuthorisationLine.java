package org.clausewatch.contract.domain;

import java.time.LocalDate;

/**
 * An authorisation as shown: its position (what a withdrawal names), and when and why it was
 * withdrawn, if it was.
 */
public record AuthorisationLine(
    int position,
    String description,
    LocalDate grantedOn,
    LocalDate withdrawnOn,
    String withdrawalReason) {

  public boolean inForce() {
    return withdrawnOn == null;
  }
}
