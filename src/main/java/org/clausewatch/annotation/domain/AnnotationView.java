package org.clausewatch.annotation.domain;

import java.time.Instant;
import java.util.List;

/** An annotation with its thread, as the clause page shows it. */
public record AnnotationView(
    long id,
    long version,
    long clauseId,
    AnnotationKind kind,
    String body,
    String proposedText,
    String quote,
    long madeOnVersion,
    AnchorState anchorState,
    Integer anchorStart,
    Integer anchorEnd,
    AnnotationState state,
    String author,
    Instant createdAt,
    String stateChangedBy,
    Instant stateChangedAt,
    Decision decision,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String modificationNumber,
    List<ReplyView> replies) {

  public AnnotationView {
    replies = replies == null ? List.of() : List.copyOf(replies);
  }

  /** The same annotation with its replies. */
  public AnnotationView withReplies(List<ReplyView> thread) {
    return new AnnotationView(
        id,
        version,
        clauseId,
        kind,
        body,
        proposedText,
        quote,
        madeOnVersion,
        anchorState,
        anchorStart,
        anchorEnd,
        state,
        author,
        createdAt,
        stateChangedBy,
        stateChangedAt,
        decision,
        decidedBy,
        decidedAt,
        decisionNote,
        modificationNumber,
        thread);
  }

  /** The clause's text with this proposal applied, or null if it is no proposal or orphaned. */
  public String proposedClauseText(String clauseText) {
    if (proposedText == null
        || anchorStart == null
        || anchorEnd == null
        || anchorEnd > clauseText.length()) {
      return null;
    }
    return clauseText.substring(0, anchorStart) + proposedText + clauseText.substring(anchorEnd);
  }

  public boolean orphaned() {
    return anchorState == AnchorState.ORPHANED;
  }

  public boolean resolved() {
    return state == AnnotationState.RESOLVED;
  }

  public boolean undecidedProposal() {
    return kind == AnnotationKind.PROPOSED_WORDING && decision == null;
  }
}
