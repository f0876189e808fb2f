package org.clausewatch.flag.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.contract.domain.Urgency;
import org.clausewatch.flag.domain.ContractFacts.ClauseFact;
import org.clausewatch.flag.domain.ContractFacts.DeadlineFact;
import org.clausewatch.flag.domain.ContractFacts.DemandFact;
import org.clausewatch.flag.domain.ContractFacts.DisputeFact;
import org.clausewatch.flag.domain.ContractFacts.ObligationFact;
import org.clausewatch.flag.domain.ContractFacts.RestrictionFact;

/**
 * Flags, their facts and the queue of contracts to recompute. Facts are read in SQL for a batch of
 * contracts at once (seven statements, whatever the batch size): the flag job runs for no caller,
 * and SQL reads are not clearance-filtered; pages reach flags only through a contract the caller
 * may see.
 */
@ApplicationScoped
public class FlagRepository {

  @PersistenceContext private EntityManager em;

  /**
   * Takes up to {@code limit} queue rows, oldest first, skipping rows another transaction holds:
   * the contracts to recompute, one per row taken (V23: the queue is a log, a contract may be
   * queued several times).
   */
  @SuppressWarnings("unchecked")
  public List<Long> claimStale(int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "delete from flag_stale where id in (select id from flag_stale order by id limit ?1"
                    + " for update skip locked) returning contract_id")
            .setParameter(1, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  public long staleCount() {
    return ((Number) em.createNativeQuery("select count(*) from flag_stale").getSingleResult())
        .longValue();
  }

  /**
   * Queues the contracts whose open deadlines entered their lead time or passed their due time
   * since the last look, and, when a day began (UTC) since then, those with open dated obligations
   * (an occurrence may have become overdue); then moves the look to {@code now}. The clock row is
   * locked, so two servers do not both look at the same interval.
   *
   * @return how many contracts were queued
   */
  public int queueByClock(Instant now) {
    Timestamp at = Timestamp.from(now);
    int queued =
        em.createNativeQuery(
                "insert into flag_stale (contract_id) select distinct d.contract_id"
                    + " from deadline d, (select checked_until from flag_clock where id = 1 for"
                    + " update) k where d.status = 'OPEN' and ((d.attention_at > k.checked_until"
                    + " and d.attention_at <= ?1) or (d.due_at > k.checked_until and d.due_at <="
                    + " ?1))")
            .setParameter(1, at)
            .executeUpdate();
    queued +=
        em.createNativeQuery(
                "insert into flag_stale (contract_id) select distinct o.contract_id from"
                    + " obligation o, flag_clock k where k.id = 1 and "
                    + DAY_BEGAN
                    + " and o.status = 'OPEN' and o.due_date < "
                    + TODAY)
            .setParameter(1, at)
            .executeUpdate();
    em.createNativeQuery("update flag_clock set checked_until = ?1 where checked_until < ?1")
        .setParameter(1, at)
        .executeUpdate();
    return queued;
  }

  /**
   * Records the clause-category detectors' {@code version} and, if it differs from the one stored
   * (V27), queues every contract: the stored text flags were raised by other detectors. One
   * statement; the version row is locked, so of two servers starting together one queues.
   *
   * @return how many contracts were queued (0: the stored flags come from these detectors)
   */
  public int queueAllIfDetectorsChanged(String version) {
    return em.createNativeQuery(
            "with changed as (update flag_detectors set version = ?1, changed_at = now() where id"
                + " = 1 and version <> ?1 returning id) insert into flag_stale (contract_id) select"
                + " c.id from contract c where exists (select 1 from changed)")
        .setParameter(1, version)
        .executeUpdate();
  }

  /**
   * Whether the contract's stored flags may be out of date at {@code now}: it is queued (a fact
   * changed and the job has not finished it), or one of its open deadlines entered its lead time or
   * passed its due time since the job last looked at the clock. One statement; false means the
   * stored flags are what a recomputation would give.
   */
  public boolean mayBeStale(long contractId, Instant now) {
    return (Boolean)
        em.createNativeQuery(
                "select exists (select 1 from flag_stale where contract_id = ?2) or exists"
                    + " (select 1 from deadline d, flag_clock k where k.id = 1 and d.contract_id"
                    + " = ?2 and d.status = 'OPEN' and ((d.attention_at > k.checked_until and"
                    + " d.attention_at <= ?1) or (d.due_at > k.checked_until and d.due_at <= ?1)))"
                    + " or exists (select 1 from obligation o, flag_clock k where k.id = 1 and "
                    + DAY_BEGAN
                    + " and o.contract_id = ?2 and o.status = 'OPEN' and o.due_date < "
                    + TODAY
                    + ")")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, contractId)
            .getSingleResult();
  }

  /** The day (UTC) of parameter 1; obligations' occurrences are overdue from the day after. */
  private static final String TODAY = "(cast(?1 as timestamptz) at time zone 'UTC')::date";

  /** A day (UTC) began between the flag job's last look at the clock and parameter 1. */
  private static final String DAY_BEGAN = "(k.checked_until at time zone 'UTC')::date < " + TODAY;

  /** The stored flags of these contracts. */
  public List<Flag> flagsOf(Collection<Long> contractIds) {
    return em.createQuery(
            "select f from Flag f left join fetch f.dismissal where f.contractId in :ids",
            Flag.class)
        .setParameter("ids", contractIds)
        .getResultList();
  }

  public void add(Flag flag) {
    em.persist(flag);
  }

  public void remove(Flag flag) {
    em.remove(flag);
  }

  public void add(FlagDismissal dismissal) {
    em.persist(dismissal);
  }

  public Optional<Flag> find(long id) {
    return Optional.ofNullable(em.find(Flag.class, id));
  }

  private static final String VIEW =
      "select new org.clausewatch.flag.domain.FlagView(f.id, f.version, f.rule, f.severity,"
          + " f.attention, f.explanation, f.evidence, f.wordsStart, f.wordsEnd, cl.number,"
          + " d.dismissedBy, d.dismissedAt, d.reason)"
          + " from Flag f left join f.dismissal d left join Clause cl on cl.id = f.clauseId";

  /**
   * Most urgent first: the most severe, then the earliest due (those without a time after those
   * with one), then by rule and subject. Severity is ordered by its rank (V34), not its name.
   */
  private static final String MOST_URGENT_FIRST =
      " order by f.severityRank, f.dueAt nulls last, f.rule, f.subject";

  /** A contract's flags, most urgent first: one statement. */
  public List<FlagView> viewsOf(long contractId) {
    return em.createQuery(VIEW + " where f.contractId = :id" + MOST_URGENT_FIRST, FlagView.class)
        .setParameter("id", contractId)
        .getResultList();
  }

  /**
   * Flags of a rule nobody dismissed, newest first, with their contracts; only contracts the caller
   * may see (the query starts from the contract, whose clearance filter applies): one statement,
   * which stops after {@code max} (V29's index).
   */
  public List<FlaggedContract> flagged(FlagRule rule, int max) {
    return em.createQuery(
            "select new org.clausewatch.flag.domain.FlaggedContract(c.number, c.title,"
                + " c.classification, f.explanation) from Contract c join Flag f on f.contractId = c.id where f.rule"
                + " = :rule and f.dismissal is null order by f.id desc",
            FlaggedContract.class)
        .setParameter("rule", rule.name())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The first {@code max} contracts the caller may see that have a flag asking for attention that
   * nobody dismissed, most urgent first: ordered by their most urgent such flag (the most severe,
   * then the earliest due, those without a time last), then by contract number, as the contract
   * list sorted by urgency. One statement: the contract's urgency (V35) read in its index's order,
   * with the contract's clearance filter.
   */
  public List<Long> mostUrgentContracts(int max) {
    return em.createQuery(
            "select c.id from Contract c where c.urgency < :none order by c.urgency, c.number",
            Long.class)
        .setParameter("none", Urgency.NONE)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The flags of these contracts that ask for attention and nobody dismissed, with their contracts,
   * most urgent first: one statement (the clearance filter applies).
   */
  public List<UrgentContract.Reason> urgentFlagsOf(Collection<Long> contractIds) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select new org.clausewatch.flag.domain.UrgentContract$Reason(c.id, c.number, c.title,"
                + " v.name, c.classification, f.severity, f.rule, f.explanation) from Contract c"
                + " join c.vendor v join Flag f on f.contractId = c.id where c.id in :ids and"
                + " f.attention = true and f.dismissal is null"
                + MOST_URGENT_FIRST,
            UrgentContract.Reason.class)
        .setParameter("ids", contractIds)
        .getResultList();
  }

  /** The flags about one clause: one statement. */
  public List<FlagView> viewsOfClause(long clauseId) {
    return em.createQuery(VIEW + " where f.clauseId = :id" + MOST_URGENT_FIRST, FlagView.class)
        .setParameter("id", clauseId)
        .getResultList();
  }

  /** What the flags of these contracts rest on: seven statements. */
  public List<ContractFacts> factsOf(Collection<Long> contractIds) {
    List<Long> ids = List.copyOf(contractIds);
    Map<Long, List<ClauseFact>> clauses = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select cl.contract_id, cl.id, cl.number, cl.heading, cl.text, cl.cited_date,"
                + " sc.clause_date from clause cl left join standard_clause sc on sc.number ="
                + " cl.number where cl.contract_id in (?1) and not cl.removed order by"
                + " cl.contract_id, cl.position",
            ids)) {
      clauses
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(
              new ClauseFact(
                  id(r[1]), (String) r[2], (String) r[3], (String) r[4], date(r[5]), date(r[6])));
    }
    Map<Long, List<DisputeFact>> disputes = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select x.contract_id, x.id, x.clause_id, cl.number, ur.restricted_use, x.explanation"
                + " from dispute x join clause cl on cl.id = x.clause_id left join"
                + " usage_restriction ur on ur.id = x.restriction_id where x.contract_id in"
                + " (?1) and x.state in ('OPEN', 'ESCALATED') order by x.contract_id, x.id",
            ids)) {
      disputes
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(new DisputeFact(id(r[1]), id(r[2]), (String) r[3], (String) r[4], (String) r[5]));
    }
    Map<Long, List<String>> consequences = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select dc.deadline_id, dc.description from deadline_consequence dc join deadline d"
                + " on d.id = dc.deadline_id where d.contract_id in (?1) and d.status = 'OPEN'"
                + " order by dc.deadline_id, dc.position",
            ids)) {
      consequences.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add((String) r[1]);
    }
    Map<Long, List<DeadlineFact>> deadlines = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select d.contract_id, d.id, d.kind, d.title, d.due_at, d.due_zone, d.attention_at,"
                + " p.name, d.demanded_action from deadline d left join party p on p.id ="
                + " d.issuer_id where d.contract_id in (?1) and d.status = 'OPEN' order by"
                + " d.contract_id, d.due_at, d.id",
            ids)) {
      long deadlineId = id(r[1]);
      deadlines
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(
              new DeadlineFact(
                  deadlineId,
                  (String) r[2],
                  (String) r[3],
                  instant(r[4]),
                  (String) r[5],
                  instant(r[6]),
                  (String) r[7],
                  (String) r[8],
                  consequences.getOrDefault(deadlineId, List.of())));
    }
    Map<Long, List<RestrictionFact>> restrictions = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select ur.contract_id, ur.id, ur.clause_id, ur.kind, ur.restricted_use from"
                + " usage_restriction ur join clause cl on cl.id = ur.clause_id where"
                + " ur.contract_id in (?1) and not ur.withdrawn and not cl.removed order by"
                + " ur.contract_id, ur.id",
            ids)) {
      restrictions
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(new RestrictionFact(id(r[1]), id(r[2]), (String) r[3], (String) r[4]));
    }
    Map<Long, List<DemandFact>> positions = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select tp.contract_id, tp.id, tp.clause_id, p.name, tp.statement from term_position"
                + " tp join party p on p.id = tp.party_id where tp.contract_id in (?1) and"
                + " tp.state = 'CURRENT' and tp.stance in ('REJECTS', 'PROPOSES_ALTERNATIVE')"
                + " order by tp.contract_id, tp.id",
            ids)) {
      positions
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(new DemandFact(id(r[1]), id(r[2]), (String) r[3], (String) r[4]));
    }
    Map<Long, List<ObligationFact>> obligations = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select o.contract_id, o.id, o.description, p.name, o.source_clause_id, o.due_date,"
                + " o.recurrence, (select string_agg(x.due_date::text, ',') from"
                + " obligation_occurrence x where x.obligation_id = o.id) from obligation o join"
                + " party p on p.id = o.owing_party_id where o.contract_id in (?1) and o.status ="
                + " 'OPEN' and o.due_date is not null order by o.contract_id, o.id",
            ids)) {
      Set<LocalDate> settled =
          r[7] == null
              ? Set.of()
              : java.util.Arrays.stream(((String) r[7]).split(","))
                  .map(LocalDate::parse)
                  .collect(java.util.stream.Collectors.toSet());
      obligations
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(
              new ObligationFact(
                  id(r[1]),
                  (String) r[2],
                  (String) r[3],
                  r[4] == null ? null : id(r[4]),
                  date(r[5]),
                  (String) r[6],
                  settled));
    }
    List<ContractFacts> facts = new ArrayList<>();
    for (Long id : contractIds) {
      facts.add(
          new ContractFacts(
              id,
              clauses.getOrDefault(id, List.of()),
              disputes.getOrDefault(id, List.of()),
              deadlines.getOrDefault(id, List.of()),
              restrictions.getOrDefault(id, List.of()),
              positions.getOrDefault(id, List.of()),
              obligations.getOrDefault(id, List.of())));
    }
    return facts;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Long> ids) {
    return em.createNativeQuery(sql).setParameter(1, ids).getResultList();
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
