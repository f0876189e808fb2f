package org.clausewatch.contract.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;

/** Contract persistence. Lists are built as one count and one page query, both in SQL. */
@ApplicationScoped
public class ContractRepository {

  @PersistenceContext private EntityManager em;

  public Contract add(Contract contract) {
    em.persist(contract);
    return contract;
  }

  public Optional<Contract> findByNumber(String number) {
    return em.createNamedQuery(Contract.FIND_BY_NUMBER, Contract.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public boolean existsByNumber(String number) {
    return !em.createQuery("select c.id from Contract c where c.number = :number", Long.class)
        .setParameter("number", number)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Map<ContractStatus, Long> countByStatus() {
    Map<ContractStatus, Long> counts = new EnumMap<>(ContractStatus.class);
    for (ContractStatus status : ContractStatus.values()) {
      counts.put(status, 0L);
    }
    em.createNamedQuery(Contract.COUNT_BY_STATUS, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((ContractStatus) row[0], (Long) row[1]));
    return counts;
  }

  /** How many contracts match: one SQL statement. */
  public long count(ContractQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Contract> c = count.from(Contract.class);
    count.select(cb.count(c)).where(filters(cb, c, query));
    return em.createQuery(count).getSingleResult();
  }

  /** One page of matching contracts as list rows: one SQL statement, no entities loaded. */
  public List<ContractSummary> page(ContractQuery query, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ContractSummary> select = cb.createQuery(ContractSummary.class);
    Root<Contract> c = select.from(Contract.class);
    Join<Contract, Party> buyer = c.join("buyer");
    Join<Contract, Party> vendor = c.join("vendor");
    select
        .select(
            cb.construct(
                ContractSummary.class,
                c.get("number"),
                c.get("title"),
                buyer.get("name"),
                vendor.get("name"),
                c.get("status"),
                c.get("ceiling").get("amount"),
                c.get("ceiling").get("currency")))
        .where(filters(cb, c, query))
        .orderBy(order(cb, c, buyer, vendor, query));
    return em.createQuery(select)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<Contract> c, ContractQuery query) {
    List<Predicate> predicates = new ArrayList<>();
    if (query.text() != null) {
      String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
      predicates.add(
          cb.or(
              cb.like(cb.lower(c.get("number")), pattern, '\\'),
              cb.like(cb.lower(c.get("title")), pattern, '\\')));
    }
    if (!query.statuses().isEmpty()) {
      predicates.add(c.get("status").in(query.statuses()));
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static List<Order> order(
      CriteriaBuilder cb,
      Root<Contract> c,
      Join<Contract, Party> buyer,
      Join<Contract, Party> vendor,
      ContractQuery query) {
    Expression<?> key =
        switch (query.sort()) {
          case NUMBER -> c.get("number");
          case TITLE -> c.get("title");
          case BUYER -> buyer.get("name");
          case VENDOR -> vendor.get("name");
          case STATUS -> c.get("status");
          case CEILING -> c.get("ceiling").get("amount");
        };
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    List<Order> orders = new ArrayList<>();
    orders.add(ascending ? cb.asc(key) : cb.desc(key));
    // The number is unique: a stable tie-breaker keeps rows from moving between pages.
    if (query.sort() != ContractSortField.NUMBER) {
      orders.add(cb.asc(c.get("number")));
    }
    return orders;
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
