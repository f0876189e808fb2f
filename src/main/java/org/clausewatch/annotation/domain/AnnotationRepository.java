package org.clausewatch.annotation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Annotations and their replies. Reads by id or clause join the contract and name one of its
 * columns, so the clearance filter applies.
 */
@ApplicationScoped
public class AnnotationRepository {

  @PersistenceContext private EntityManager em;

  public Annotation add(Annotation annotation) {
    em.persist(annotation);
    return annotation;
  }

  public AnnotationReply add(AnnotationReply reply) {
    em.persist(reply);
    return reply;
  }

  /** An annotation, or null if unknown or its contract is above the caller's clearance. */
  public Annotation find(long id) {
    return em.createQuery(
            "select a from Annotation a join a.contract c where a.id = :id and c.number is not null",
            Annotation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Every annotation of a clause, to anchor them again after an amendment. */
  public List<Annotation> ofClause(long clauseId) {
    return em.createQuery(
            "select a from Annotation a where a.clause.id = :clause", Annotation.class)
        .setParameter("clause", clauseId)
        .getResultList();
  }

  /**
   * A clause's annotations with their threads, in text order (orphaned ones last, oldest first):
   * two statements, whatever the count.
   */
  public List<AnnotationView> viewsOf(long clauseId) {
    return viewsOf(clauseId, 0, Integer.MAX_VALUE);
  }

  /**
   * Where each of a clause's annotations sits, in text order (the order of {@link #viewsOf}): one
   * statement, no bodies or threads.
   */
  public List<AnnotationAnchor> anchorsOf(long clauseId) {
    return em.createQuery(
            "select new org.clausewatch.annotation.domain.AnnotationAnchor(a.id, a.anchorStart,"
                + " a.anchorEnd) from Annotation a join a.contract c"
                + " where a.clause.id = :clause and c.number is not null"
                + " order by a.anchorStart nulls last, a.createdAt, a.id",
            AnnotationAnchor.class)
        .setParameter("clause", clauseId)
        .getResultList();
  }

  /**
   * {@code limit} of a clause's annotations from {@code offset} on, in text order (anchored ones by
   * where they start, then orphaned ones; each by when written), with their threads: two
   * statements.
   */
  public List<AnnotationView> viewsOf(long clauseId, int offset, int limit) {
    List<AnnotationView> annotations =
        em.createQuery(
                "select new org.clausewatch.annotation.domain.AnnotationView(a.id, a.version,"
                    + " a.clause.id, a.kind, a.body, a.proposedText, a.quoteExact, a.madeOnVersion,"
                    + " a.anchorState, a.anchorStart, a.anchorEnd, a.state, a.author, a.createdAt,"
                    + " a.stateChangedBy, a.stateChangedAt, a.decision, a.decidedBy, a.decidedAt,"
                    + " a.decisionNote, m.number, null)"
                    + " from Annotation a join a.contract c left join a.modification m"
                    + " where a.clause.id = :clause and c.number is not null"
                    + " order by a.anchorStart nulls last, a.createdAt, a.id",
                AnnotationView.class)
            .setParameter("clause", clauseId)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    if (annotations.isEmpty()) {
      return annotations;
    }
    Map<Long, List<ReplyView>> replies =
        em.createQuery(
                "select new org.clausewatch.annotation.domain.ReplyView(r.id, r.annotation.id,"
                    + " r.author, r.body, r.createdAt) from AnnotationReply r"
                    + " where r.annotation.id in :ids order by r.createdAt, r.id",
                ReplyView.class)
            .setParameter("ids", annotations.stream().map(AnnotationView::id).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(ReplyView::annotationId));
    return annotations.stream()
        .map(a -> a.withReplies(replies.getOrDefault(a.id(), List.of())))
        .toList();
  }
}
