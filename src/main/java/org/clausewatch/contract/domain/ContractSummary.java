package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import org.clausewatch.shared.Classification;

/**
 * One row of the contract list: only the columns a list shows, read in one query.
 *
 * @param disputedRestriction a term of the contract is disputed (a flag nobody dismissed)
 * @param deadlineDue an open deadline is inside its lead time or overdue, or an obligation's
 *     occurrence is overdue (a flag nobody dismissed)
 * @param urgency how urgently it needs attention ({@link Urgency}): a flag that asks for it and
 *     nobody dismissed (those two, or another) makes it less than {@link Urgency#NONE}
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
    long urgency,
    String illustrative) {

  public boolean needsAttention() {
    return urgency < Urgency.NONE;
  }

  /** The severity of its most urgent reason, or null when it needs no attention. */
  public Urgency.Level urgencyLevel() {
    return Urgency.level(urgency).orElse(null);
  }

  /** Attention for another reason than a disputed term or a deadline (a threat, a demand). */
  public boolean otherAttention() {
    return needsAttention() && !disputedRestriction && !deadlineDue;
  }
}
