package org.clausewatch.flag.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.shared.Classification;

/**
 * A contract that needs attention, as the overview lists it: its most urgent reason in words, and
 * how many other reasons it has (on the contract page).
 *
 * @param reason the contract's most urgent flag that asks for attention and nobody dismissed
 * @param otherReasons how many other such flags it has
 */
public record UrgentContract(Reason reason, int otherReasons) {

  /**
   * A flag that asks for attention, with its contract: a row of {@link
   * FlagRepository#urgentFlagsOf}.
   */
  public record Reason(
      long contractId,
      String contractNumber,
      String contractTitle,
      String vendorName,
      Classification marking,
      Severity severity,
      String rule,
      String explanation) {}

  /**
   * One entry per contract of {@code order} that has a reason, in that order: its first reason
   * (reasons come most urgent first) and the count of the others.
   */
  public static List<UrgentContract> of(List<Long> order, List<Reason> reasons) {
    Map<Long, List<Reason>> byContract = new LinkedHashMap<>();
    for (Reason r : reasons) {
      byContract.computeIfAbsent(r.contractId(), k -> new ArrayList<>()).add(r);
    }
    List<UrgentContract> urgent = new ArrayList<>();
    for (Long id : order) {
      List<Reason> of = byContract.get(id);
      if (of != null) {
        urgent.add(new UrgentContract(of.get(0), of.size() - 1));
      }
    }
    return urgent;
  }
}
