package org.clausewatch.contract.application;

import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractStatus;

/** A contract as its edit form starts, with the version the change will be checked against. */
public record EditableContract(
    String number,
    long version,
    ContractStatus status,
    String buyerName,
    String vendorName,
    ContractEdit values) {

  static EditableContract of(Contract c) {
    return new EditableContract(
        c.number(),
        c.version(),
        c.status(),
        c.buyer().name(),
        c.vendor().name(),
        new ContractEdit(
            c.number(),
            c.title(),
            c.description(),
            c.type(),
            c.ceiling().amount(),
            c.ceiling().currency(),
            c.awardDate(),
            c.period() == null ? null : c.period().start(),
            c.period() == null ? null : c.period().end(),
            c.classification()));
  }

  /** Whether the number may still be corrected (before award). */
  public boolean numberChangeable() {
    return status.beforeAward();
  }

  /** Whether the ceiling may still change here rather than through a modification. */
  public boolean ceilingEditable() {
    return status.beforeAward();
  }
}
