package org.clausewatch.clause.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.clause.domain.StandardClause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Adds clauses to contracts and reads them with their library entries. */
@Stateless
@Allowed
public class ClauseService {

  @Inject private ClauseRepository clauses;
  @Inject private ContractRepository contracts;

  /**
   * Appends a clause after the contract's last one.
   *
   * @throws BusinessException if the contract is unknown or the clause is incomplete
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public Clause append(
      @NotNull String contractNumber,
      @NotNull String number,
      YearMonth cited,
      @NotNull String heading,
      @NotNull String text,
      @NotNull ClauseCategory category) {
    Contract contract =
        contracts
            .findByNumber(contractNumber)
            .orElseThrow(() -> new BusinessException("Unknown contract: " + contractNumber));
    try {
      return clauses.add(
          new Clause(
              contract,
              clauses.nextPosition(contract.id()),
              number,
              cited,
              heading,
              text,
              category));
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  /**
   * Rewords a clause, unless someone else changed it since {@code expectedVersion} was read.
   *
   * @throws BusinessException if the clause is unknown, was changed meanwhile, or the new wording
   *     is incomplete; nothing changes then
   */
  @Allowed(Role.LEGAL)
  public void revise(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      long expectedVersion,
      String heading,
      String text) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Unknown clause " + clauseNumber + " of contract " + contractNumber));
    if (clause.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed clause "
              + clauseNumber
              + " meanwhile. Reload the page to see their wording, then make your change again.");
    }
    try {
      clause.revise(heading, text);
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  /** The contract's clauses in order, each with its library title and date: one statement. */
  public List<ClauseView> clausesOf(@NotNull String contractNumber) {
    return clauses.viewsOf(contractNumber);
  }

  public Optional<StandardClause> standard(@NotNull String number) {
    return clauses.standard(number);
  }
}
