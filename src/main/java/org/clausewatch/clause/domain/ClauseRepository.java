package org.clausewatch.clause.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClauseRepository {

  @PersistenceContext private EntityManager em;

  public Clause add(Clause clause) {
    em.persist(clause);
    return clause;
  }

  /** The clauses of a contract in order, each with its library entry: one statement. */
  public List<ClauseView> viewsOf(String contractNumber) {
    return em.createQuery(
            "select new org.clausewatch.clause.domain.ClauseView(cl.id, cl.position, cl.number,"
                + " cl.citedDate, cl.heading, cl.text, cl.category, sc.title, sc.clauseDate,"
                + " cl.version)"
                + " from Clause cl left join StandardClause sc on sc.number = cl.number"
                + " where cl.contract.number = :number order by cl.position",
            ClauseView.class)
        .setParameter("number", contractNumber)
        .getResultList();
  }

  public Optional<Clause> find(String contractNumber, String clauseNumber) {
    return em.createQuery(
            "select cl from Clause cl where cl.contract.number = :contract and cl.number = :clause"
                + " order by cl.position",
            Clause.class)
        .setParameter("contract", contractNumber)
        .setParameter("clause", clauseNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public int nextPosition(long contractId) {
    Integer max =
        em.createQuery(
                "select max(cl.position) from Clause cl where cl.contract.id = :id", Integer.class)
            .setParameter("id", contractId)
            .getSingleResult();
    return max == null ? 0 : max + 1;
  }

  public Optional<StandardClause> standard(String number) {
    return Optional.ofNullable(em.find(StandardClause.class, number));
  }

  public long libraryCount() {
    return em.createQuery("select count(sc) from StandardClause sc", Long.class).getSingleResult();
  }
}
