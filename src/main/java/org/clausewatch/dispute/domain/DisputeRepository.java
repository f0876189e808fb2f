package org.clausewatch.dispute.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Positions and disputes. Every read joins the contract and names one of its columns, so the
 * clearance filter applies (a plain load by id would not).
 */
@ApplicationScoped
public class DisputeRepository {

  private static final String POSITION_VIEW =
      "select new org.clausewatch.dispute.domain.PositionView(p.id, p.version, cl.id, r.id,"
          + " pa.name, p.stance, p.statement, p.statedOn, p.source, p.state, p.recordedAt,"
          + " p.recordedBy, p.closedAt, p.closedBy)"
          + " from TermPosition p join p.clause cl join p.contract c join p.party pa"
          + " left join p.restriction r";

  private static final String DISPUTE_VIEW =
      "select new org.clausewatch.dispute.domain.DisputeView(d.id, d.version, cl.id, r.id,"
          + " d.state, d.openedAt, d.explanation, d.escalatedAt, d.escalatedBy, d.escalationNote,"
          + " d.closedAt, d.closedBy, d.resolution, d.closingNote, m.number)"
          + " from Dispute d join d.clause cl join d.contract c left join d.restriction r"
          + " left join d.modification m";

  @PersistenceContext private EntityManager em;

  public TermPosition add(TermPosition position) {
    em.persist(position);
    return position;
  }

  public Dispute add(Dispute dispute) {
    em.persist(dispute);
    return dispute;
  }

  /**
   * Locks the clause's row until the transaction ends, so that positions and disputes on its terms
   * are written one transaction at a time: a second writer reads what the first one committed.
   */
  public void lockTerms(long clauseId) {
    em.createNativeQuery("select id from clause where id = :id for update")
        .setParameter("id", clauseId)
        .getResultList();
  }

  /**
   * Writes pending changes now: a revised position leaves "latest" before its successor is inserted
   * (one latest position per party and term, V17).
   */
  public void flush() {
    em.flush();
  }

  /** Reads the record again, after {@link #lockTerms}: what the last writer committed. */
  public void refresh(Object record) {
    em.refresh(record);
  }

  /** A position, or null if unknown or its contract is above the caller's clearance. */
  public TermPosition position(long id) {
    return em.createQuery(
            "select p from TermPosition p join fetch p.party join p.contract c"
                + " where p.id = :id and c.number is not null",
            TermPosition.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A dispute, or null if unknown or its contract is above the caller's clearance. */
  public Dispute dispute(long id) {
    return em.createQuery(
            "select d from Dispute d join d.contract c where d.id = :id and c.number is not null",
            Dispute.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The latest positions on one term, in the order they were recorded. */
  public List<TermPosition> latestOn(long clauseId, Long restrictionId) {
    TypedQuery<TermPosition> query =
        em.createQuery(
                "select p from TermPosition p join fetch p.party where p.clause.id = :clause and"
                    + onTerm("p", restrictionId)
                    + " and p.state = org.clausewatch.dispute.domain.PositionState.CURRENT"
                    + " order by p.recordedAt, p.id",
                TermPosition.class)
            .setParameter("clause", clauseId);
    return withRestriction(query, restrictionId).getResultList();
  }

  /** The open dispute on one term, or null. */
  public Dispute openOn(long clauseId, Long restrictionId) {
    TypedQuery<Dispute> query =
        em.createQuery(
                "select d from Dispute d where d.clause.id = :clause and"
                    + onTerm("d", restrictionId)
                    + " and d.state in (org.clausewatch.dispute.domain.DisputeState.OPEN,"
                    + " org.clausewatch.dispute.domain.DisputeState.ESCALATED)",
                Dispute.class)
            .setParameter("clause", clauseId);
    return withRestriction(query, restrictionId).getResultStream().findFirst().orElse(null);
  }

  private static String onTerm(String alias, Long restrictionId) {
    return restrictionId == null
        ? " " + alias + ".restriction is null"
        : " " + alias + ".restriction.id = :restriction";
  }

  private static <T> TypedQuery<T> withRestriction(TypedQuery<T> query, Long restrictionId) {
    return restrictionId == null ? query : query.setParameter("restriction", restrictionId);
  }

  /** Every position on the clause and its restrictions, oldest first. */
  public List<PositionView> positionsOfClause(long clauseId) {
    return em.createQuery(
            POSITION_VIEW
                + " where cl.id = :clause and c.number is not null"
                + " order by p.recordedAt, p.id",
            PositionView.class)
        .setParameter("clause", clauseId)
        .getResultList();
  }

  /** One dispute as pages show it, or null if unknown or hidden by clearance. */
  public DisputeView disputeView(long id) {
    return em.createQuery(
            DISPUTE_VIEW + " where d.id = :id and c.number is not null", DisputeView.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Every dispute on the clause and its restrictions, newest first. */
  public List<DisputeView> disputesOfClause(long clauseId) {
    return em.createQuery(
            DISPUTE_VIEW
                + " where cl.id = :clause and c.number is not null"
                + " order by d.openedAt desc, d.id desc",
            DisputeView.class)
        .setParameter("clause", clauseId)
        .getResultList();
  }

  /** The latest positions on every term of a contract, oldest first. */
  public List<PositionView> latestOfContract(String contractNumber) {
    return em.createQuery(
            POSITION_VIEW
                + " where c.number = :number"
                + " and p.state = org.clausewatch.dispute.domain.PositionState.CURRENT"
                + " order by p.recordedAt, p.id",
            PositionView.class)
        .setParameter("number", contractNumber)
        .getResultList();
  }

  /** The latest positions on these restrictions, oldest first. */
  public List<PositionView> latestOnRestrictions(List<Long> restrictionIds) {
    if (restrictionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            POSITION_VIEW
                + " where r.id in :ids and c.number is not null"
                + " and p.state = org.clausewatch.dispute.domain.PositionState.CURRENT"
                + " order by p.recordedAt, p.id",
            PositionView.class)
        .setParameter("ids", restrictionIds)
        .getResultList();
  }

  /** The open disputes on these restrictions. */
  public List<DisputeView> openOnRestrictions(List<Long> restrictionIds) {
    if (restrictionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            DISPUTE_VIEW
                + " where r.id in :ids and c.number is not null"
                + " and d.state in (org.clausewatch.dispute.domain.DisputeState.OPEN,"
                + " org.clausewatch.dispute.domain.DisputeState.ESCALATED)",
            DisputeView.class)
        .setParameter("ids", restrictionIds)
        .getResultList();
  }

  /** The open disputes of a contract. */
  public List<DisputeView> openOfContract(String contractNumber) {
    return em.createQuery(
            DISPUTE_VIEW
                + " where c.number = :number"
                + " and d.state in (org.clausewatch.dispute.domain.DisputeState.OPEN,"
                + " org.clausewatch.dispute.domain.DisputeState.ESCALATED)"
                + " order by d.openedAt desc, d.id desc",
            DisputeView.class)
        .setParameter("number", contractNumber)
        .getResultList();
  }
}
