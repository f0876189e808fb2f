package org.clausewatch.restriction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.persistence.LookalikeKeys;

@ApplicationScoped
public class RestrictionRepository {

  @PersistenceContext private EntityManager em;
  @Inject private LookalikeKeys keys;

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

  public Topic add(Topic topic) {
    em.persist(topic);
    return topic;
  }

  public Topic topic(long id) {
    return em.find(Topic.class, id);
  }

  /** Another topic of that name in any case than {@code self} (null: any topic), if any. */
  public Optional<String> topicNamed(String name, Long self) {
    return em.createQuery(
            "select t.name from Topic t where lower(t.name) = lower(:name) and t.id <> :self",
            String.class)
        .setParameter("name", name.strip())
        .setParameter("self", self == null ? -1L : self)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The name of the oldest topic other than {@code self} (null: any topic) whose name looks like
   * {@code name}, if any (V37).
   */
  public Optional<String> topicLookingLike(String name, Long self) {
    return em.createQuery(
            "select t.name from Topic t where t.nameLookalikeKey = :key and t.id <> :self"
                + " order by t.id",
            String.class)
        .setParameter("key", Names.lookalikeKey(name))
        .setParameter("self", self == null ? -1L : self)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** One topic of the catalogue, if it exists. */
  public Optional<TopicView> topicView(long id) {
    return em.createQuery(
            "select new org.clausewatch.restriction.domain.TopicView(t.id, t.version, t.name,"
                + " t.description) from Topic t where t.id = :id",
            TopicView.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Topics' names and what they look like (V37), for start-up and {@link #lockTopicLookAlikes}. */
  @Produces
  public static final LookalikeKeys.Column TOPIC_NAMES = new LookalikeKeys.Column("topic", 2);

  /**
   * Until the transaction ends, makes any other transaction storing a topic name that looks like
   * {@code name} wait ({@link LookalikeKeys#lock}).
   */
  public void lockTopicLookAlikes(String name) {
    keys.lock(TOPIC_NAMES, name);
  }

  /** The catalogue, by name. */
  public List<TopicView> topics() {
    return em.createQuery(
            "select new org.clausewatch.restriction.domain.TopicView(t.id, t.version, t.name,"
                + " t.description) from Topic t order by lower(t.name)",
            TopicView.class)
        .getResultList();
  }

  /**
   * The restrictions about a topic in every contract the caller may see (the contract is joined and
   * named, so the clearance filter applies), by contract number: one statement.
   */
  public List<TopicRestriction> aboutTopic(long topicId, int max) {
    return em.createQuery(
            "select new org.clausewatch.restriction.domain.TopicRestriction(r.id, cl.id, c.number,"
                + " c.title, cast(c.classification as String), b.id, b.name, v.name, cl.number,"
                + " r.restrictedUse, r.kind, r.condition, r.withdrawn)"
                + " from UsageRestriction r join r.clause cl join cl.contract c join c.buyer b"
                + " join c.vendor v where r.topic.id = :topic order by c.number, cl.position, r.id",
            TopicRestriction.class)
        .setParameter("topic", topicId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Contracts of these buyers the caller may see that have no restriction about the topic, by
   * number; at most {@code max}.
   */
  public List<ContractWithout> withoutTopic(long topicId, List<Long> buyerIds, int max) {
    if (buyerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select new org.clausewatch.restriction.domain.ContractWithout(c.number, c.title,"
                + " cast(c.classification as String), b.name, v.name)"
                + " from Contract c join c.buyer b join c.vendor v where b.id in :buyers"
                + " and not exists (select 1 from UsageRestriction r"
                + " where r.contractId = c.id and r.topic.id = :topic)"
                + " order by c.number",
            ContractWithout.class)
        .setParameter("buyers", buyerIds)
        .setParameter("topic", topicId)
        .setMaxResults(max)
        .getResultList();
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
