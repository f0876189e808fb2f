package org.clausewatch.party.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartyRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Party> findByName(String name) {
    return em.createNamedQuery(Party.FIND_BY_NAME, Party.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  public List<Party> findAll() {
    return em.createNamedQuery(Party.FIND_ALL, Party.class).getResultList();
  }

  public Party add(Party party) {
    em.persist(party);
    return party;
  }
}
