package org.clausewatch.deadline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausewatch.shared.Classification;

@ApplicationScoped
public class DeadlineRepository {

  /** The columns of an obligation view, from its obligation {@code o}. */
  private static final String VIEW_COLUMNS =
      "select o.id, o.description, p.name, cl.number, o.dueDate, o.recurrence, o.status,"
          + " o.responsiblePerson, o.version, o.endedAfter, o.ended.by, o.ended.at,"
          + " o.ended.reason, o.ruleBeforeEnd, o.reopened.by, o.reopened.at, o.reopened.reason"
          + " from Obligation o join o.owingParty p left join o.sourceClause cl";

  /** Open deadlines as view rows (extensions not counted: the overview does not show them). */
  private static final String OPEN_DEADLINES =
      "select d.id, c.number, c.title, d.title, d.kind, d.dueAt, d.dueZone, i.name, r.name,"
          + " d.demandedAction, d.status, d.closedAt, d.closedBy, d.closeNote, 0, c.classification"
          + " from Deadline d join d.contract c left join d.issuer i left join d.responsible r"
          + " where d.status = org.clausewatch.deadline.domain.DeadlineStatus.OPEN";

  @PersistenceContext private EntityManager em;

  public Deadline add(Deadline deadline) {
    em.persist(deadline);
    return deadline;
  }

  public Obligation add(Obligation obligation) {
    em.persist(obligation);
    return obligation;
  }

  /**
   * The deadline, or null if unknown or its contract is above the caller's clearance (the contract
   * column keeps the join, and so the clearance filter, in the SQL).
   */
  public Deadline find(long id) {
    return em.createQuery(
            "select d from Deadline d join d.contract c where d.id = :id and c.number is not null",
            Deadline.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The obligation, or null if unknown or its contract is above the caller's clearance. */
  public Obligation findObligation(long id) {
    return em.createQuery(
            "select o from Obligation o join o.contract c where o.id = :id and c.number is not null",
            Obligation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A contract's deadlines by due time, with consequences: two statements. */
  public List<DeadlineView> viewsOf(String contractNumber) {
    List<Object[]> rows =
        em.createQuery(
                "select d.id, c.number, c.title, d.title, d.kind, d.dueAt, d.dueZone, i.name,"
                    + " r.name, d.demandedAction, d.status, d.closedAt, d.closedBy, d.closeNote,"
                    + " size(d.extensions), c.classification from Deadline d join d.contract c"
                    + " left join d.issuer i left join d.responsible r"
                    + " where c.number = :number order by d.dueAt, d.id",
                Object[].class)
            .setParameter("number", contractNumber)
            .getResultList();
    return withConsequences(rows);
  }

  /**
   * Open deadlines already past their due time ({@code now}), latest first, at most {@code max}.
   */
  public List<DeadlineView> openBefore(Instant now, int max) {
    List<Object[]> rows =
        em.createQuery(
                OPEN_DEADLINES + " and d.dueAt < :now order by d.dueAt desc, d.id", Object[].class)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    return withConsequences(rows);
  }

  /** Open deadlines due between {@code from} and {@code to}, soonest first, at most {@code max}. */
  public List<DeadlineView> openBetween(Instant from, Instant to, int max) {
    List<Object[]> rows =
        em.createQuery(
                OPEN_DEADLINES + " and d.dueAt >= :from and d.dueAt < :to order by d.dueAt, d.id",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(max)
            .getResultList();
    return withConsequences(rows);
  }

  private List<DeadlineView> withConsequences(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<String>> consequences =
        em.createQuery(
                "select d.id, cq from Deadline d join d.consequences cq where d.id in :ids"
                    + " order by d.id, index(cq)",
                Object[].class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[0],
                    Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    return rows.stream()
        .map(
            row ->
                new DeadlineView(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Classification) row[15],
                    (String) row[3],
                    (DeadlineKind) row[4],
                    (Instant) row[5],
                    (String) row[6],
                    (String) row[7],
                    (String) row[8],
                    (String) row[9],
                    (DeadlineStatus) row[10],
                    consequences.getOrDefault((Long) row[0], List.of()),
                    (Instant) row[11],
                    (String) row[12],
                    (String) row[13],
                    ((Number) row[14]).intValue()))
        .toList();
  }

  /**
   * A contract's obligations with their recent and next occurrences: two statements; recurrences
   * are expanded in memory.
   *
   * @param today occurrences up to {@code past} before it and {@code next} after it are listed
   */
  public List<ObligationView> obligationsOf(
      String contractNumber, LocalDate today, int past, int next) {
    return views(
        em.createQuery(
                VIEW_COLUMNS
                    + " where o.contract.number = :number order by o.dueDate nulls last, o.id",
                Object[].class)
            .setParameter("number", contractNumber)
            .getResultList(),
        today,
        past,
        next);
  }

  /**
   * One obligation of a contract, as {@link #obligationsOf}; empty if it is not that contract's.
   */
  public Optional<ObligationView> obligationOf(
      String contractNumber, long id, LocalDate today, int past, int next) {
    return views(obligationRow(contractNumber, id), today, past, next).stream().findFirst();
  }

  /**
   * One occurrence of an obligation of a contract, with the obligation as {@link #obligationOf}
   * shows it, in the same two statements; empty if the obligation is not that contract's or does
   * not fall due on {@code date} (an ended series no longer falls due after its last day owed).
   */
  public Optional<ObligationOccurrence> occurrenceOf(
      String contractNumber, long id, LocalDate date, LocalDate today, int past, int next) {
    List<Object[]> rows = obligationRow(contractNumber, id);
    if (rows.isEmpty()
        || !Obligation.fallsDue((LocalDate) rows.get(0)[4], (String) rows.get(0)[5], date)) {
      return Optional.empty();
    }
    List<Occurrence> done = settledOf(rows).getOrDefault(id, List.of());
    return Optional.of(
        new ObligationOccurrence(view(rows.get(0), done, today, past, next), line(date, done)));
  }

  /** The view row of one obligation of a contract: none if it is not that contract's. */
  private List<Object[]> obligationRow(String contractNumber, long id) {
    return em.createQuery(
            VIEW_COLUMNS + " where o.contract.number = :number and o.id = :id", Object[].class)
        .setParameter("number", contractNumber)
        .setParameter("id", id)
        .getResultList();
  }

  private List<ObligationView> views(List<Object[]> rows, LocalDate today, int past, int next) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Occurrence>> settled = settledOf(rows);
    return rows.stream()
        .map(row -> view(row, settled.getOrDefault((Long) row[0], List.of()), today, past, next))
        .toList();
  }

  /** The settled occurrences of the obligations of {@code rows}, by obligation id. */
  private Map<Long, List<Occurrence>> settledOf(List<Object[]> rows) {
    return em.createQuery(
            "select o.id, s from Obligation o join o.settled s where o.id in :ids", Object[].class)
        .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                row -> (Long) row[0],
                Collectors.mapping(row -> (Occurrence) row[1], Collectors.toList())));
  }

  private static ObligationView.OccurrenceLine line(LocalDate date, List<Occurrence> done) {
    return done.stream()
        .filter(o -> o.dueDate().equals(date))
        .findFirst()
        .map(o -> new ObligationView.OccurrenceLine(date, o.outcome(), o.recordedBy(), o.note()))
        .orElse(new ObligationView.OccurrenceLine(date, null, null, null));
  }

  private static ObligationView view(
      Object[] row, List<Occurrence> done, LocalDate today, int past, int next) {
    String rule = (String) row[5];
    LocalDate due = (LocalDate) row[4];
    List<LocalDate> dates =
        rule == null
            ? List.of(due)
            : Recurrence.parse(rule).around(due == null ? today : due, today, past, next);
    return new ObligationView(
        (Long) row[0],
        (Long) row[8],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        due,
        rule,
        (ObligationStatus) row[6],
        (String) row[7],
        dates.stream().map(date -> line(date, done)).toList(),
        row[9] == null
            ? null
            : new ObligationView.Ended(
                (LocalDate) row[9],
                (String) row[10],
                (Instant) row[11],
                (String) row[12],
                (String) row[13]),
        row[14] == null
            ? null
            : new ObligationView.Reopened((String) row[14], (Instant) row[15], (String) row[16]));
  }
}
