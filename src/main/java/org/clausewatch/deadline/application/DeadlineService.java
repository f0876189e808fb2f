package org.clausewatch.deadline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineRepository;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Sets deadlines and reads deadlines and obligations. */
@Stateless
@Allowed
public class DeadlineService {

  /** How many future occurrences of a recurring obligation the contract page shows. */
  public static final int NEXT_OCCURRENCES = 3;

  @Inject private DeadlineRepository deadlines;
  @Inject private ContractRepository contracts;
  @Inject private PartyRepository parties;
  @Inject private Clock clock;

  /**
   * Sets a deadline on a contract, stated in {@code due}'s zone.
   *
   * @param consequences in the order they were threatened
   * @throws BusinessException if the contract or a party is unknown or a field is invalid
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Deadline set(
      @NotNull String contractNumber,
      @NotNull String title,
      @NotNull DeadlineKind kind,
      @NotNull ZonedDateTime due,
      String issuerName,
      String responsibleName,
      String demandedAction,
      @NotNull List<String> consequences) {
    Contract contract =
        contracts
            .findByNumber(contractNumber)
            .orElseThrow(() -> new BusinessException("Unknown contract: " + contractNumber));
    Party issuer = issuerName == null ? null : party(issuerName);
    Party responsible = responsibleName == null ? null : party(responsibleName);
    try {
      Deadline deadline = new Deadline(contract, title, kind, due);
      deadline.demand(issuer, responsible, demandedAction);
      consequences.forEach(deadline::threaten);
      return deadlines.add(deadline);
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  public List<DeadlineView> deadlinesOf(@NotNull String contractNumber) {
    return deadlines.viewsOf(contractNumber);
  }

  /** Open deadlines of all contracts due from now to now + {@code window}, soonest first. */
  public List<DeadlineView> upcoming(@NotNull Duration window, int max) {
    Instant now = clock.instant();
    return deadlines.openBetween(now, now.plus(window), max);
  }

  public List<ObligationView> obligationsOf(@NotNull String contractNumber) {
    return deadlines.obligationsOf(
        contractNumber, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), NEXT_OCCURRENCES);
  }

  private Party party(String name) {
    return parties
        .findByName(name)
        .orElseThrow(() -> new BusinessException("Unknown party: " + name));
  }
}
