package org.clausewatch.contract.domain;

import java.util.List;

/**
 * Why a contract needs attention (simple rules for now; a flagging service comes later): a disputed
 * usage restriction, or an open ultimatum due within the attention window.
 */
public record Attention(List<String> disputedUses, List<UltimatumDue> ultimatums) {

  public Attention {
    disputedUses = List.copyOf(disputedUses);
    ultimatums = List.copyOf(ultimatums);
  }

  public boolean needed() {
    return !disputedUses.isEmpty() || !ultimatums.isEmpty();
  }
}
