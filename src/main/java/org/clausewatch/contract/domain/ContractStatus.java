package org.clausewatch.contract.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a contract is in its life, and where it may go next. */
public enum ContractStatus {
  DRAFT,
  NEGOTIATING,
  ACTIVE,
  SUSPENDED,
  TERMINATED,
  EXPIRED;

  /** The statuses a contract in this status may move to. */
  public Set<ContractStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(NEGOTIATING, ACTIVE, TERMINATED);
      case NEGOTIATING -> EnumSet.of(DRAFT, ACTIVE, TERMINATED);
      case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, EXPIRED);
      case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
      case TERMINATED, EXPIRED -> EnumSet.noneOf(ContractStatus.class);
    };
  }

  public boolean canMoveTo(ContractStatus target) {
    return next().contains(target);
  }

  /**
   * Before award (a draft, or in negotiation): the ceiling and the number may still be corrected
   * directly, without a modification.
   */
  public boolean beforeAward() {
    return this == DRAFT || this == NEGOTIATING;
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
