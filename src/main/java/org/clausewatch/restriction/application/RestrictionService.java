package org.clausewatch.restriction.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.RestrictionStatus;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Records usage restrictions and positions, and reads them. */
@Stateless
@Allowed
public class RestrictionService {

  @Inject private RestrictionRepository restrictions;
  @Inject private ClauseRepository clauses;
  @Inject private PartyRepository parties;
  @Inject private ContractRepository contracts;

  /**
   * Records a usage restriction on a clause of a contract, proposed.
   *
   * @param condition null for an outright prohibition
   * @throws BusinessException if the clause is unknown or the restriction incomplete
   */
  @Allowed(Role.LEGAL)
  public long restrict(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      @NotNull String restrictedUse,
      String condition) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Contract " + contractNumber + " has no clause " + clauseNumber));
    try {
      UsageRestriction restriction =
          condition == null
              ? UsageRestriction.prohibiting(clause, restrictedUse)
              : UsageRestriction.conditional(clause, restrictedUse, condition);
      return restrictions.add(restriction).id();
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  /**
   * @throws BusinessException if the restriction is unknown or the move not allowed
   */
  @Allowed(Role.LEGAL)
  public void changeStatus(long restrictionId, @NotNull RestrictionStatus target) {
    UsageRestriction restriction = existing(restrictionId);
    try {
      restriction.moveTo(target);
    } catch (IllegalStateException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  @Allowed(Role.LEGAL)
  public void statePosition(
      long restrictionId,
      @NotNull String partyName,
      @NotNull String statement,
      @NotNull LocalDate statedOn,
      @NotNull String source) {
    UsageRestriction restriction = existing(restrictionId);
    Party party =
        parties
            .findByName(partyName)
            .orElseThrow(() -> new BusinessException("Unknown party: " + partyName));
    try {
      restriction.statePosition(party, statement, statedOn, source);
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  private UsageRestriction existing(long id) {
    UsageRestriction restriction = restrictions.find(id);
    if (restriction == null) {
      throw new BusinessException("Unknown usage restriction " + id);
    }
    return restriction;
  }

  /**
   * The parties that can state a position on the contract's restrictions: buyer, vendor and
   * participants, by name; empty if the contract is unknown or above the caller's clearance.
   */
  public List<String> partiesOf(@NotNull String contractNumber) {
    return contracts
        .findByNumber(contractNumber)
        .map(
            c -> {
              java.util.Set<String> names = new java.util.LinkedHashSet<>();
              names.add(c.buyer().name());
              names.add(c.vendor().name());
              c.participants().stream().map(p -> p.party().name()).sorted().forEach(names::add);
              return List.copyOf(names);
            })
        .orElse(List.of());
  }

  /** The contract's restrictions with positions: two statements. */
  public List<RestrictionView> restrictionsOf(@NotNull String contractNumber) {
    return restrictions.viewsOf(contractNumber);
  }
}
