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

  private static final String VIEW =
      "select new org.clausewatch.clause.domain.ClauseView(cl.id, cl.position, cl.number,"
          + " cl.citedDate, cl.heading, cl.text, cl.category, sc.title, sc.clauseDate,"
          + " cl.version, cl.removed, m.number)"
          + " from Clause cl join cl.contract c left join cl.modification m"
          + " left join StandardClause sc on sc.number = cl.number";

  /** The clauses of a contract in order, each with its library entry: one statement. */
  public List<ClauseView> viewsOf(String contractNumber) {
    return em.createQuery(VIEW + " where c.number = :number order by cl.position", ClauseView.class)
        .setParameter("number", contractNumber)
        .getResultList();
  }

  /** One clause of a contract, without loading the others: one statement. */
  public Optional<ClauseView> viewOf(String contractNumber, String clauseNumber) {
    return em.createQuery(
            VIEW + " where c.number = :number and cl.number = :clause", ClauseView.class)
        .setParameter("number", contractNumber)
        .setParameter("clause", clauseNumber)
        .getResultStream()
        .findFirst();
  }

  /** Whether the contract has a clause of that number, removed or not. */
  public boolean numberUsed(long contractId, String clauseNumber) {
    return !em.createQuery(
            "select cl.id from Clause cl where cl.contract.id = :id and cl.number = :clause",
            Long.class)
        .setParameter("id", contractId)
        .setParameter("clause", clauseNumber)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * A page of the library, by number: {@code text} matches number or title ("contains") or the
   * words of title and text (PostgreSQL full text, the V7 indexes).
   */
  public List<StandardClause> searchLibrary(String text, int offset, int limit) {
    return libraryQuery(text, "select sc", " order by sc.number", StandardClause.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countLibrary(String text) {
    return libraryQuery(text, "select count(sc)", "", Long.class).getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> libraryQuery(
      String text, String select, String order, Class<T> type) {
    if (text == null || text.isBlank()) {
      return em.createQuery(select + " from StandardClause sc" + order, type);
    }
    String q = text.strip().toLowerCase(java.util.Locale.ROOT);
    return em.createQuery(
            select
                + " from StandardClause sc where lower(sc.number) like :like escape '!'"
                + " or lower(sc.title) like :like escape '!'"
                // As a sub-select, the words are found through the full-text index (3 ms); as a
                // third OR branch, PostgreSQL computed every clause's words each time (430 ms)
                + " or sc.number in (select w.number from StandardClause w"
                + " where function('cw_matches_words', w.title, w.text, :words) = true)"
                + order,
            type)
        .setParameter(
            "like", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
        .setParameter("words", q);
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
