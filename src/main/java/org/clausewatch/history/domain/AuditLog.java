package org.clausewatch.history.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.clausewatch.annotation.domain.Annotation;
import org.clausewatch.annotation.domain.AnnotationReply;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.Obligation;
import org.clausewatch.dispute.domain.Dispute;
import org.clausewatch.dispute.domain.TermPosition;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.audit.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * Reads a contract's versions, and those of everything that belongs to it, from the audit tables
 * and turns them into field-by-field changes. One query per kind of record (each joined with its
 * revision), one per referenced kind for names, plus one per version that has a list (positions,
 * consequences, authorisations): bounded by {@link #MAX_VERSIONS}.
 */
@ApplicationScoped
public class AuditLog {

  /** Newest versions read per kind of record. */
  public static final int MAX_VERSIONS = 500;

  @PersistenceContext private EntityManager em;

  /** The history of contract {@code contractId}, newest revision first. */
  public List<HistoryRevision> historyOf(long contractId) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<Version> versions = new ArrayList<>();
    versions.addAll(
        versions(reader, Contract.class, AuditEntity.id().eq(contractId), c -> "Contract"));
    List<Version> clauses =
        versions(
            reader,
            Clause.class,
            AuditEntity.relatedId("contract").eq(contractId),
            c -> "Clause " + ((Clause) c).number());
    versions.addAll(clauses);
    Object[] clauseIds = clauses.stream().map(v -> v.id).distinct().toArray();
    if (clauseIds.length > 0) {
      versions.addAll(
          versions(
              reader,
              UsageRestriction.class,
              AuditEntity.relatedId("clause").in(clauseIds),
              r -> "Usage restriction: " + ((UsageRestriction) r).restrictedUse()));
    }
    versions.addAll(
        versions(
            reader,
            Deadline.class,
            AuditEntity.relatedId("contract").eq(contractId),
            d -> "Deadline: " + ((Deadline) d).title()));
    versions.addAll(
        versions(
            reader,
            Obligation.class,
            AuditEntity.relatedId("contract").eq(contractId),
            o -> "Obligation: " + ((Obligation) o).description()));
    versions.addAll(
        versions(
            reader,
            TermPosition.class,
            AuditEntity.relatedId("contract").eq(contractId),
            p -> "Position of " + ((TermPosition) p).party().name()));
    versions.addAll(
        versions(
            reader,
            Dispute.class,
            AuditEntity.relatedId("contract").eq(contractId),
            d -> "Dispute on clause " + ((Dispute) d).clause().number()));
    versions.addAll(
        versions(
            reader,
            Annotation.class,
            AuditEntity.relatedId("contract").eq(contractId),
            a -> "Annotation on clause " + ((Annotation) a).clause().number()));
    versions.addAll(
        versions(
            reader,
            AnnotationReply.class,
            AuditEntity.relatedId("contract").eq(contractId),
            r -> "Reply to an annotation"));
    versions.addAll(
        versions(
            reader,
            Modification.class,
            AuditEntity.relatedId("contract").eq(contractId),
            m -> "Modification " + ((Modification) m).number()));
    return revisions(versions);
  }

  /** One version of one record, with its fields (references still as tokens). */
  private record Version(
      Class<?> type,
      Object id,
      String subject,
      AuditRevision revision,
      RevisionType type_,
      Map<String, String> fields) {}

  private List<Version> versions(
      AuditReader reader,
      Class<?> type,
      org.hibernate.envers.query.criteria.AuditCriterion criterion,
      Function<Object, String> subject) {
    AuditQuery query =
        reader
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(criterion)
            .addOrder(AuditEntity.revisionNumber().desc())
            .setMaxResults(MAX_VERSIONS);
    List<Version> versions = new ArrayList<>();
    List<Snapshots.Reference> references = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      Object entity = columns[0];
      AuditRevision revision = (AuditRevision) columns[1];
      RevisionType revisionType = (RevisionType) columns[2];
      versions.add(
          new Version(
              type,
              em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity),
              subject.apply(entity),
              revision,
              revisionType,
              Snapshots.of(entity, references)));
    }
    resolve(versions, references);
    return versions;
  }

  /** Turns reference tokens into names: one query per kind of referenced record. */
  private void resolve(List<Version> versions, List<Snapshots.Reference> references) {
    Map<Class<?>, List<Object>> idsByType = new HashMap<>();
    for (Snapshots.Reference r : references) {
      idsByType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(asLong(r.id()));
    }
    Map<String, String> names = new HashMap<>();
    idsByType.forEach(
        (type, ids) -> {
          String label = labelOf(type);
          em.createQuery(
                  "select e.id, e."
                      + label
                      + " from "
                      + type.getSimpleName()
                      + " e where e.id in :ids",
                  Object[].class)
              .setParameter("ids", ids.stream().distinct().toList())
              .getResultList()
              .forEach(row -> names.put(type.getSimpleName() + ":" + row[0], (String) row[1]));
        });
    Function<Snapshots.Reference, String> name =
        r ->
            names.getOrDefault(
                r.type().getSimpleName() + ":" + r.id(),
                r.type().getSimpleName().toLowerCase() + " #" + r.id());
    for (Version v : versions) {
      v.fields().replaceAll((label, value) -> Snapshots.resolve(value, name));
    }
  }

  /** The attributes that name a record, in order of preference: the first the entity has. */
  private static final List<String> LABELS =
      List.of("number", "name", "title", "restrictedUse", "quoteExact");

  /** The attribute that names records of this type (a topic by its name, a deadline by title). */
  private String labelOf(Class<?> type) {
    java.util.Set<String> attributes =
        em.getMetamodel().entity(type).getAttributes().stream()
            .map(jakarta.persistence.metamodel.Attribute::getName)
            .collect(java.util.stream.Collectors.toSet());
    return LABELS.stream()
        .filter(attributes::contains)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No name attribute on " + type));
  }

  private static Object asLong(Object id) {
    return id instanceof Number n ? n.longValue() : Long.valueOf(id.toString());
  }

  /** Groups versions by revision and diffs each against the previous version of its record. */
  private static List<HistoryRevision> revisions(List<Version> versions) {
    Map<String, List<Version>> byRecord = new HashMap<>();
    for (Version v : versions) {
      byRecord
          .computeIfAbsent(v.type().getSimpleName() + ":" + v.id(), k -> new ArrayList<>())
          .add(v);
    }
    Map<Long, List<VersionChange>> changes = new TreeMap<>(Comparator.reverseOrder());
    Map<Long, AuditRevision> revisionInfo = new HashMap<>();
    for (List<Version> record : byRecord.values()) {
      record.sort(Comparator.comparingLong(v -> v.revision().id()));
      Map<String, String> previous = Map.of();
      for (Version v : record) {
        VersionChange change = change(v, previous);
        if (change != null) {
          changes.computeIfAbsent(v.revision().id(), r -> new ArrayList<>()).add(change);
          revisionInfo.put(v.revision().id(), v.revision());
        }
        previous = v.type_() == RevisionType.DEL ? Map.of() : v.fields();
      }
    }
    List<HistoryRevision> result = new ArrayList<>();
    changes.forEach(
        (rev, list) -> {
          AuditRevision info = revisionInfo.get(rev);
          list.sort(Comparator.comparing(VersionChange::subject));
          result.add(
              new HistoryRevision(
                  rev, info.timestamp(), info.username(), info.clientAddress(), list));
        });
    return result;
  }

  private static VersionChange change(Version v, Map<String, String> previous) {
    List<FieldChange> fields = new ArrayList<>();
    switch (v.type_()) {
      case ADD -> {
        v.fields()
            .forEach(
                (label, value) -> {
                  if (value != null) {
                    fields.add(FieldChange.of(label, null, value));
                  }
                });
        return new VersionChange(v.subject(), VersionChange.Kind.CREATED, fields);
      }
      case DEL -> {
        previous.forEach(
            (label, value) -> {
              if (value != null) {
                fields.add(FieldChange.of(label, value, null));
              }
            });
        return new VersionChange(v.subject(), VersionChange.Kind.DELETED, fields);
      }
      default -> {
        v.fields()
            .forEach(
                (label, value) -> {
                  String before = previous.get(label);
                  if (!Objects.equals(before, value)) {
                    fields.add(FieldChange.of(label, before, value));
                  }
                });
        return fields.isEmpty()
            ? null
            : new VersionChange(v.subject(), VersionChange.Kind.CHANGED, fields);
      }
    }
  }
}
