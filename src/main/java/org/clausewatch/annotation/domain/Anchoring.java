package org.clausewatch.annotation.domain;

/**
 * Where an annotation's words are in a clause's current text: found as they were, found changed (a
 * fuzzy match), or gone (orphaned, shown with the original quote).
 *
 * @param start null when orphaned
 * @param similarity 1.0 for an exact match, the fuzzy match's score, or 0 when orphaned
 */
public record Anchoring(AnchorState state, Integer start, Integer end, double similarity) {

  public static Anchoring orphaned() {
    return new Anchoring(AnchorState.ORPHANED, null, null, 0);
  }
}
