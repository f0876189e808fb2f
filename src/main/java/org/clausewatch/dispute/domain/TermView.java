package org.clausewatch.dispute.domain;

import java.util.List;

/**
 * One term (a clause, or a usage restriction of it) with where each party stands: the latest
 * positions, what they add up to, every earlier position, and the term's disputes, newest first.
 */
public record TermView(
    long clauseId,
    Long restrictionId,
    Standing standing,
    List<PositionView> latest,
    List<PositionView> history,
    List<DisputeView> disputes) {

  public TermView {
    latest = List.copyOf(latest);
    history = List.copyOf(history);
    disputes = List.copyOf(disputes);
  }

  /** The open dispute, or null: what "disputed" means everywhere (R3). */
  public DisputeView openDispute() {
    return disputes.stream().filter(DisputeView::open).findFirst().orElse(null);
  }

  public boolean disputed() {
    return openDispute() != null;
  }
}
