package org.clausewatch.annotation.domain;

/** What an annotation says about the words it points at. */
public enum AnnotationKind {
  COMMENT,
  CONCERN,
  /**
   * Other words for the annotated ones: a proposal, accepted through a modification or rejected.
   */
  PROPOSED_WORDING
}
