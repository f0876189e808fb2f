package org.clausewatch.annotation.domain;

/** An annotation's discussion is open, resolved, or open again. */
public enum AnnotationState {
  OPEN,
  RESOLVED,
  REOPENED
}
