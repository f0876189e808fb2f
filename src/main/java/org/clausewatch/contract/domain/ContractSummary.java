package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import org.clausewatch.shared.Classification;

/**
 * One row of the contract list: only the columns a list shows, read in one query.
 *
 * @param disputedRestriction a usage restriction of the contract is disputed
 * @param deadlineDue an open deadline is inside its lead time, or overdue
 * @param illustrative what in the record is illustrative, or null
 */
public record ContractSummary(
    String number,
    String title,
    ContractType type,
    String buyerName,
    String vendorName,
    ContractStatus status,
    Classification classification,
    BigDecimal ceilingAmount,
    BigDecimal obligatedAmount,
    String currency,
    boolean disputedRestriction,
    boolean deadlineDue,
    String illustrative) {

  public boolean needsAttention() {
    return disputedRestriction || deadlineDue;
  }
}
