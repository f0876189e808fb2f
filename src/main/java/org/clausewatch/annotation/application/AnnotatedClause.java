package org.clausewatch.annotation.application;

import java.util.List;
import org.clausewatch.annotation.domain.AnnotationView;

/** A clause's text with its annotations, as the clause page shows them. */
public record AnnotatedClause(
    long clauseId,
    String contractNumber,
    String number,
    String text,
    long version,
    boolean removed,
    String nextModificationNumber,
    List<AnnotationView> annotations) {

  public AnnotatedClause {
    annotations = List.copyOf(annotations);
  }
}
