package org.clausewatch.annotation.domain;

/** Whether an annotation's words were found in the clause's current text. */
public enum AnchorState {
  /** The exact words, where the annotation was made or found again after an amendment. */
  ANCHORED,
  /** Words close enough to the original ones (see {@link Reanchor#THRESHOLD}). */
  FUZZY,
  /** The words are gone from the text: shown with the original quote, never dropped. */
  ORPHANED
}
