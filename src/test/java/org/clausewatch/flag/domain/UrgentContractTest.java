package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

/** The overview's rows: one a contract, in the order given, with its most urgent reason. */
class UrgentContractTest {

  private static UrgentContract.Reason reason(long contract, Severity severity, String rule) {
    return new UrgentContract.Reason(
        contract,
        "K-" + contract,
        "Contract " + contract,
        "Vendor " + contract,
        Classification.CUI,
        severity,
        rule,
        rule + " of " + contract);
  }

  @Test
  void eachContractShowsItsFirstReasonAndCountsTheOthersInTheOrderGiven() {
    List<UrgentContract> rows =
        UrgentContract.of(
            List.of(2L, 1L, 3L),
            List.of(
                reason(1, Severity.HIGH, "DEADLINE_OVERDUE"),
                reason(2, Severity.HIGH, "DEADLINE_DUE_SOON"),
                reason(1, Severity.HIGH, "THREATENED_CONSEQUENCES"),
                reason(2, Severity.MEDIUM, "OBLIGATION_OVERDUE"),
                reason(1, Severity.HIGH, "TERM_DISPUTED")));

    assertThat(rows)
        .extracting(
            u -> u.reason().contractNumber(), u -> u.reason().rule(), UrgentContract::otherReasons)
        .as("contract 3 lost its reason between the two reads (dismissed): not listed")
        .containsExactly(tuple("K-2", "DEADLINE_DUE_SOON", 1), tuple("K-1", "DEADLINE_OVERDUE", 2));
    assertThat(rows.get(0).reason().explanation()).isEqualTo("DEADLINE_DUE_SOON of 2");
    assertThat(rows.get(0).reason().vendorName()).isEqualTo("Vendor 2");
  }

  @Test
  void noContractsNoRows() {
    assertThat(UrgentContract.of(List.of(), List.of())).isEmpty();
  }
}
