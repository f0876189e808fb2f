package org.clausewatch.dispute.application;

import java.util.List;
import org.clausewatch.dispute.domain.TermView;

/** A clause's terms: the clause itself and each of its usage restrictions, with positions. */
public record ClauseTerms(
    long clauseId,
    String contractNumber,
    String clauseNumber,
    String heading,
    boolean removed,
    TermView clauseTerm,
    List<RestrictionTerm> restrictions) {

  public ClauseTerms {
    restrictions = List.copyOf(restrictions);
  }
}
