package org.clausewatch.flag.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.ContractFacts;
import org.clausewatch.flag.domain.Finding;
import org.clausewatch.flag.domain.Flag;
import org.clausewatch.flag.domain.FlagRepository;
import org.clausewatch.flag.domain.SituationRules;

/**
 * Recomputes flags (R3): for a batch of contracts, reads their facts, applies the rules and brings
 * the stored flags in line: new ones raised, changed ones refreshed (a dismissal ends when the
 * evidence changed), those no longer holding removed. Each contract's computation holds a
 * transaction-scoped advisory lock on it, so the job on two servers and a page computing the same
 * contract never raise a flag twice.
 */
@ApplicationScoped
public class FlagWork {

  /** Queue rows per transaction of the job. */
  static final int BATCH = 200;

  @Inject private FlagRepository flags;
  @PersistenceContext private EntityManager em;

  /**
   * One step of catching up: queues what the clock made due, then recomputes one batch of queued
   * contracts.
   *
   * @return how many queue rows were taken (0: the queue is empty or held by others)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int step(Instant now) {
    flags.queueByClock(now);
    List<Long> ids = flags.claimStale(BATCH);
    if (!ids.isEmpty()) {
      recompute(ids, now);
    }
    return ids.size();
  }

  /**
   * Queues every contract if the stored flags were raised by other clause-category detectors than
   * this release's ({@link ClauseCategory#detectorsVersion()}).
   *
   * @return how many contracts were queued
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int queueAllIfDetectorsChanged() {
    return flags.queueAllIfDetectorsChanged(ClauseCategory.detectorsVersion());
  }

  /** Contracts still queued, including those another transaction is working on. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long pending() {
    return flags.staleCount();
  }

  /** Recomputes these contracts' flags in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recompute(Collection<Long> contractIds, Instant now) {
    List<Long> ids = contractIds.stream().sorted().distinct().toList();
    String idArray = "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    em.createNativeQuery(
            "select count(pg_advisory_xact_lock(id)) from (select unnest(cast(?1 as bigint[])) id"
                + " order by 1) ids")
        .setParameter(1, idArray)
        .getSingleResult();
    Map<String, Flag> stored = new HashMap<>();
    for (Flag f : flags.flagsOf(ids)) {
      stored.put(f.key(), f);
    }
    for (ContractFacts facts : flags.factsOf(ids)) {
      for (Finding finding : SituationRules.of(facts, now)) {
        Flag existing = stored.remove(finding.key());
        if (existing == null) {
          flags.add(new Flag(facts.contractId(), finding, now));
        } else {
          existing.refresh(finding, now);
        }
      }
    }
    stored.values().forEach(flags::remove);
  }
}
