package org.clausewatch.annotation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clausewatch.annotation.domain.Annotation;
import org.clausewatch.annotation.domain.AnnotationRepository;
import org.clausewatch.clause.domain.ClauseReworded;

/** Annotations follow their words when a clause is amended, in the amending transaction (R2). */
@ApplicationScoped
public class AnnotationAnchors {

  @Inject private AnnotationRepository annotations;

  void on(@Observes ClauseReworded reworded) {
    for (Annotation a : annotations.ofClause(reworded.clauseId())) {
      a.reanchor(reworded.oldText(), reworded.newText(), reworded.version());
    }
  }
}
