package org.clausewatch.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.Role;

/** User accounts. Roles load with the account (one join), never one query per user. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "select distinct u from UserAccount u left join fetch u.roles"
                + " where u.username = :username",
            UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The account read afresh and locked until the transaction ends, so that concurrent sign-in
   * attempts count each failure once and see each other's outcome. The copy read before (without a
   * lock) is detached: it may be out of date.
   */
  public UserAccount lockForUpdate(UserAccount account) {
    em.detach(account);
    return em.createQuery("select u from UserAccount u where u.id = :id", UserAccount.class)
        .setParameter("id", account.id())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  public boolean exists(String username) {
    return !em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
        .setParameter("u", username)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Enabled administrators other than {@code username}. */
  public long otherEnabledAdministrators(String username) {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r"
                + " where r = :admin and u.enabled = true and u.username <> :username",
            Long.class)
        .setParameter("admin", Role.ADMINISTRATOR)
        .setParameter("username", username)
        .getSingleResult();
  }

  public long count(String text) {
    return em.createQuery("select count(u) from UserAccount u" + MATCHES, Long.class)
        .setParameter("text", pattern(text))
        .getSingleResult();
  }

  /** A page of accounts by user name: two statements (ids, then accounts with roles). */
  public List<UserAccount> page(String text, PageRequest page) {
    List<Long> ids =
        em.createQuery(
                "select u.id from UserAccount u" + MATCHES + " order by u.username", Long.class)
            .setParameter("text", pattern(text))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct u from UserAccount u left join fetch u.roles where u.id in :ids"
                + " order by u.username",
            UserAccount.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** User name or display name contains :text (lower case pattern), or :text is null. */
  private static final String MATCHES =
      " where (:text is null or lower(u.username) like :text or lower(u.displayName) like :text)";

  private static String pattern(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\\\%_]", "\\\\$0");
    return "%" + escaped + "%";
  }

  /** Enabled accounts whose e-mail address is in {@code domain}. */
  public List<UserAccount> enabledWithEmailDomain(String domain) {
    return em.createQuery(
            "select u from UserAccount u where u.enabled = true and lower(u.email) like :domain",
            UserAccount.class)
        .setParameter("domain", "%@" + domain.toLowerCase(java.util.Locale.ROOT))
        .getResultList();
  }
}
