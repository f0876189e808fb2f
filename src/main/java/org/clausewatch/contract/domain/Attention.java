package org.clausewatch.contract.domain;

import java.util.List;

/**
 * Why a contract needs attention (simple rules for now; a flagging service comes later): a disputed
 * usage restriction, or an open deadline inside its kind's lead time (an ultimatum 7 days, an
 * option exercise 60...) or overdue.
 */
public record Attention(List<String> disputedUses, List<DeadlineDue> deadlines) {

  public Attention {
    disputedUses = List.copyOf(disputedUses);
    deadlines = List.copyOf(deadlines);
  }

  public boolean needed() {
    return !disputedUses.isEmpty() || !deadlines.isEmpty();
  }
}
