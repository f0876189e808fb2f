package org.clausewatch.party.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.shared.Names;

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

  /**
   * Until the transaction ends, makes any other transaction that stores a name looking like {@code
   * name} wait here: it then finds this one's name if it was stored, so two look-alike names
   * registered at the same moment cannot both pass {@link #findLookAlikes} (the key's index cannot
   * be unique, as names stored before V36 may already look alike). A transaction-scoped advisory
   * lock on the key's first 32 bits, in a space of two-part keys apart from the flag job's.
   */
  public void lockLookAlikes(String name) {
    int key = Integer.parseUnsignedInt(Names.lookalikeKey(name).substring(0, 8), 16);
    em.createNativeQuery("select count(pg_advisory_xact_lock(?1, ?2))")
        .setParameter(1, NAME_LOCKS)
        .setParameter(2, key)
        .getSingleResult();
  }

  private static final int NAME_LOCKS = 36;

  /** Up to {@code max} parties written in SQL without a look-alike key: their ids and names. */
  public Map<Long, String> withoutSkeleton(int max) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Object[] row :
        em.createNamedQuery(Party.FIND_WITHOUT_SKELETON, Object[].class)
            .setMaxResults(max)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  /**
   * Records what a party's name looks like without changing its version ({@link
   * Party#RECORD_LOOKALIKE_KEY}).
   */
  public void recordLookalikeKey(long id, String name) {
    em.createNamedQuery(Party.RECORD_LOOKALIKE_KEY)
        .setParameter("key", Names.lookalikeKey(name))
        .setParameter("id", id)
        .executeUpdate();
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
