package org.clausewatch.restriction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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

  /** The restrictions of a contract, in clause order: one statement. */
  public List<RestrictionView> viewsOf(String contractNumber) {
    return em.createQuery(
            "select new org.clausewatch.restriction.domain.RestrictionView(r.id, cl.id, cl.number,"
                + " cl.heading, r.restrictedUse, r.kind, r.condition, r.withdrawn)"
                + " from UsageRestriction r join r.clause cl join cl.contract c"
                + " where c.number = :number order by cl.position, r.id",
            RestrictionView.class)
        .setParameter("number", contractNumber)
        .getResultList();
  }
}
