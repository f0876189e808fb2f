package org.clausewatch.restriction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class RestrictionRepository {

  @PersistenceContext private EntityManager em;

  public UsageRestriction add(UsageRestriction restriction) {
    em.persist(restriction);
    return restriction;
  }

  /**
   * The restriction, or null if unknown or its contract is above the caller's clearance: the query
   * joins the contract and reads one of its columns, so the join stays in the SQL and the clearance
   * filter applies to it (a plain load by id, or a join Hibernate may drop, would not).
   */
  public UsageRestriction find(long id) {
    return em.createQuery(
            "select r from UsageRestriction r join r.clause cl join cl.contract c"
                + " where r.id = :id and c.number is not null",
            UsageRestriction.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The restrictions of a contract with all positions: two statements, whatever the count. */
  public List<RestrictionView> viewsOf(String contractNumber) {
    List<Object[]> rows =
        em.createQuery(
                "select r.id, cl.number, cl.heading, r.restrictedUse, r.kind, r.condition, r.status"
                    + " from UsageRestriction r join r.clause cl"
                    + " where cl.contract.number = :number order by cl.position, r.id",
                Object[].class)
            .setParameter("number", contractNumber)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<PartyPositionView>> positions =
        em.createQuery(
                "select new org.clausewatch.restriction.domain.PartyPositionView("
                    + "r.id, p.party.name, p.statement, p.statedOn, p.source)"
                    + " from UsageRestriction r join r.positions p where r.id in :ids"
                    + " order by r.id, index(p)",
                PartyPositionView.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.groupingBy(PartyPositionView::restrictionId));
    return rows.stream()
        .map(
            row ->
                new RestrictionView(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (RestrictionKind) row[4],
                    (String) row[5],
                    (RestrictionStatus) row[6],
                    positions.getOrDefault((Long) row[0], List.of())))
        .toList();
  }
}
