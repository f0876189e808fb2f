package org.clausewatch.flag.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.flag.domain.Flag;
import org.clausewatch.flag.domain.FlagRepository;
import org.clausewatch.flag.domain.FlagRule;
import org.clausewatch.flag.domain.FlagView;
import org.clausewatch.flag.domain.FlaggedContract;
import org.clausewatch.flag.domain.UrgentContract;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/**
 * Flags as users see them: a contract's, a clause's, and dismissing one (R4). Pages recompute the
 * contract's flags before showing them, so a page is exact at the moment it is shown; the list
 * follows within seconds ({@link FlagTimer}). A contract above the caller's clearance has no flags
 * for them.
 */
@Stateless
@Allowed
public class FlagService {

  @Inject private FlagRepository flags;
  @Inject private FlagWork work;
  @Inject private ContractRepository contracts;
  @Inject private ClauseRepository clauses;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  /** The contract's flags, most severe first; empty if the contract is not visible. */
  public List<FlagView> flagsOf(@NotNull String contractNumber) {
    return contracts
        .findByNumber(contractNumber)
        .map(
            c -> {
              current(c);
              return flags.viewsOf(c.id());
            })
        .orElse(List.of());
  }

  /** The flags about one clause of the contract; empty if either is not visible. */
  public List<FlagView> flagsOfClause(
      @NotNull String contractNumber, @NotNull String clauseNumber) {
    return contracts
        .findByNumber(contractNumber)
        .flatMap(
            c ->
                clauses
                    .viewOf(contractNumber, clauseNumber)
                    .map(
                        cl -> {
                          current(c);
                          return flags.viewsOfClause(cl.id());
                        }))
        .orElse(List.of());
  }

  /**
   * Contracts the caller may see with an obligation overdue (a flag nobody dismissed), newest flag
   * first, at most {@code max}; the list follows within seconds, like the contract list.
   */
  public List<FlaggedContract> overdueObligations(int max) {
    return flags.flagged(FlagRule.OBLIGATION_OVERDUE, max);
  }

  /**
   * The contracts the caller may see that need attention, most urgent first (their most severe
   * reason, then the earliest due), at most {@code max}, each with its most urgent reason in words
   * and how many others it has: two statements. Like the list, follows within seconds.
   */
  public List<UrgentContract> mostUrgent(int max) {
    List<Long> order = flags.mostUrgentContracts(max);
    return UrgentContract.of(order, flags.urgentFlagsOf(order));
  }

  /**
   * Brings the contract's flags up to date before they are shown: recomputes it now when its stored
   * flags may be stale (its queue rows, if any, are left to the job); otherwise reads nothing more,
   * takes no lock and writes nothing, so many readers of one contract do not queue behind each
   * other.
   */
  private void current(Contract contract) {
    Instant now = clock.instant();
    if (flags.mayBeStale(contract.id(), now)) {
      work.recompute(List.of(contract.id()), now);
    }
  }

  /**
   * Dismisses a flag with a reason, for its present evidence (audited).
   *
   * @param version the version the user saw
   * @throws BusinessException if the flag is gone, changed meanwhile, or the reason is missing
   */
  @Allowed(Role.LEGAL)
  public void dismiss(long flagId, long version, String reason) {
    Flag flag =
        flags
            .find(flagId)
            .filter(f -> contracts.isVisible(f.contractId()))
            .orElseThrow(
                () ->
                    new BusinessException(
                        "This flag no longer holds: what it rested on changed. Reload the page."));
    if (flag.version() != version) {
      throw new BusinessException(
          "This flag changed meanwhile (its evidence, or a dismissal). Reload the page and look"
              + " again.");
    }
    flags.add(flag.dismiss(reason, caller.username().orElse("unknown"), clock.instant()));
  }
}
