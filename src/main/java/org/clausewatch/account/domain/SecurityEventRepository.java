package org.clausewatch.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.shared.PageRequest;

/** Appends security events and pages through them, newest first, filtered in PostgreSQL. */
@ApplicationScoped
public class SecurityEventRepository {

  @PersistenceContext private EntityManager em;

  public void append(SecurityEvent event) {
    em.persist(event);
  }

  public long count(SecurityEventQuery query) {
    Where where = where(query);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from SecurityEvent e" + where.text(), Long.class);
    where.bind(count, query);
    return count.getSingleResult();
  }

  public List<SecurityEvent> page(SecurityEventQuery query, PageRequest page) {
    Where where = where(query);
    TypedQuery<SecurityEvent> rows =
        em.createQuery(
            "select e from SecurityEvent e"
                + where.text()
                + " order by e.occurredAt desc, e.id desc",
            SecurityEvent.class);
    where.bind(rows, query);
    return rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
  }

  private record Where(String text) {
    void bind(TypedQuery<?> q, SecurityEventQuery query) {
      if (query.actor() != null) {
        q.setParameter("actor", query.actor());
      }
      if (query.kind() != null) {
        q.setParameter("kind", query.kind());
      }
      if (query.outcome() != null) {
        q.setParameter("outcome", query.outcome());
      }
      if (query.from() != null) {
        q.setParameter("from", query.from());
      }
      if (query.until() != null) {
        q.setParameter("until", query.until());
      }
    }
  }

  private static Where where(SecurityEventQuery query) {
    List<String> terms = new ArrayList<>();
    if (query.actor() != null) {
      terms.add("e.actor = :actor");
    }
    if (query.kind() != null) {
      terms.add("e.kind = :kind");
    }
    if (query.outcome() != null) {
      terms.add("e.outcome = :outcome");
    }
    if (query.from() != null) {
      terms.add("e.occurredAt >= :from");
    }
    if (query.until() != null) {
      terms.add("e.occurredAt < :until");
    }
    return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms));
  }
}
