package org.clausewatch.history.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.history.domain.AuditLog;
import org.clausewatch.history.domain.HistoryRevision;
import org.clausewatch.shared.security.Allowed;

/** The history of a contract, for anyone who may see the contract. */
@Stateless
@Allowed
public class HistoryService {

  @Inject private ContractRepository contracts;
  @Inject private AuditLog log;

  /**
   * Newest change first; empty if there is no such contract or it is above the caller's clearance
   * (the contract lookup is clearance-filtered, so its history is too).
   */
  public Optional<List<HistoryRevision>> historyOf(@NotNull String contractNumber) {
    return contracts.findByNumber(contractNumber).map(c -> log.historyOf(c.id()));
  }
}
