package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Money;

/** The contract page's view of one contract, read in a few statements inside one transaction. */
public record ContractDetails(
    String number,
    String title,
    ContractType type,
    ContractStatus status,
    Classification classification,
    String buyerName,
    String vendorName,
    Money ceiling,
    Money obligated,
    LocalDate awardDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    String description,
    String illustrative,
    List<ParticipantLine> participants,
    List<AuthorisationLine> authorisations,
    List<ModificationLine> modifications) {

  public ContractDetails {
    participants = List.copyOf(participants);
    authorisations = List.copyOf(authorisations);
    modifications = List.copyOf(modifications);
  }

  /** Obligated as a share of the ceiling, 0 to 100. */
  public int obligatedPercent() {
    if (ceiling.amount().signum() == 0) {
      return 0;
    }
    return obligated
        .amount()
        .multiply(BigDecimal.valueOf(100))
        .divide(ceiling.amount(), 0, RoundingMode.DOWN)
        .intValue();
  }

  /** Share of the period of performance elapsed on {@code today}, or -1 while unscheduled. */
  public int periodPercent(LocalDate today) {
    if (periodStart == null || periodEnd == null) {
      return -1;
    }
    return new PeriodOfPerformance(periodStart, periodEnd).percentElapsed(today);
  }
}
