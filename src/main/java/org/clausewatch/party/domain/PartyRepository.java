package org.clausewatch.party.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.persistence.LookalikeKeys;

@ApplicationScoped
public class PartyRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Party> findByName(String name) {
    return em.createNamedQuery(Party.FIND_BY_NAME, Party.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  /** Parties whose names look like {@code name} ({@link Names#lookalikeKey}), oldest first. */
  public List<Party> findLookAlikes(String name) {
    return em.createNamedQuery(Party.FIND_LOOK_ALIKES, Party.class)
        .setParameter("key", Names.lookalikeKey(name))
        .setMaxResults(2)
        .getResultList();
  }

  /** Parties' names and what they look like (V36), for start-up and {@link #lockLookAlikes}. */
  @Produces public static final LookalikeKeys.Column NAMES = new LookalikeKeys.Column("party", 1);

  @Inject private LookalikeKeys keys;

  /**
   * Until the transaction ends, makes any other transaction storing a party name that looks like
   * {@code name} wait ({@link LookalikeKeys#lock}).
   */
  public void lockLookAlikes(String name) {
    keys.lock(NAMES, name);
  }

  public List<Party> findAll() {
    return em.createNamedQuery(Party.FIND_ALL, Party.class).getResultList();
  }

  public Party add(Party party) {
    em.persist(party);
    return party;
  }

  private static final String MATCHES =
      " where lower(p.name) like :q escape '!' or p.uei = :exact or p.cageCode = :exact";

  /** A page of the directory by name; {@code text} matches name ("contains"), UEI or CAGE code. */
  public List<Party> search(String text, int offset, int limit) {
    return matching("select p from Party p", text, " order by lower(p.name), p.id", Party.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String text) {
    return matching("select count(p) from Party p", text, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> matching(String select, String text, String order, Class<T> type) {
    if (text == null || text.isBlank()) {
      return em.createQuery(select + order, type);
    }
    String q = text.strip();
    return em.createQuery(select + MATCHES + order, type)
        .setParameter(
            "q",
            "%"
                + q.toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_")
                + "%")
        .setParameter("exact", q.toUpperCase(Locale.ROOT));
  }
}
