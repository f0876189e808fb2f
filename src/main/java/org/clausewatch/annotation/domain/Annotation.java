package org.clausewatch.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/**
 * A comment, concern or proposed wording on words of a clause (R1-R4). It keeps the quote it was
 * made on (with the clause version) and where those words are now: found again after each
 * amendment, or orphaned.
 */
@Entity
@Audited
@Table(name = "annotation")
public class Annotation {

  public static final int BODY_MAX_LENGTH = 10_000;
  public static final int NOTE_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_seq")
  @SequenceGenerator(name = "annotation_seq", sequenceName = "annotation_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clause_id", nullable = false)
  private Clause clause;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private AnnotationKind kind;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "proposed_text")
  private String proposedText;

  @Column(name = "quote_exact", nullable = false)
  private String quoteExact;

  @Column(name = "quote_prefix", nullable = false)
  private String quotePrefix;

  @Column(name = "quote_suffix", nullable = false)
  private String quoteSuffix;

  @Column(name = "quote_start", nullable = false)
  private int quoteStart;

  @Column(name = "quote_end", nullable = false)
  private int quoteEnd;

  @Column(name = "made_on_version", nullable = false)
  private long madeOnVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "anchor_state", nullable = false)
  private AnchorState anchorState;

  @Column(name = "anchor_start")
  private Integer anchorStart;

  @Column(name = "anchor_end")
  private Integer anchorEnd;

  @Column(name = "anchored_on_version", nullable = false)
  private long anchoredOnVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private AnnotationState state;

  @Column(name = "author", nullable = false)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "state_changed_at")
  private Instant stateChangedAt;

  @Column(name = "state_changed_by")
  private String stateChangedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision")
  private Decision decision;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_note")
  private String decisionNote;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "modification_id")
  private Modification modification;

  protected Annotation() {
    // for JPA
  }

  /**
   * An annotation on the quoted words of the clause as it is now (version {@code clauseVersion}).
   *
   * @param proposedText the other words, for {@link AnnotationKind#PROPOSED_WORDING} only
   * @throws BusinessException if the body or proposed wording is missing or too long
   */
  public static Annotation on(
      Clause clause,
      TextQuote quote,
      AnnotationKind kind,
      String body,
      String proposedText,
      String author,
      Instant at) {
    Annotation a = new Annotation();
    a.clause = Objects.requireNonNull(clause);
    a.contract = clause.contract();
    if (kind == null) {
      throw new BusinessException(
          "Choose what the annotation is: a comment, a concern or other wording.");
    }
    a.kind = kind;
    a.body =
        Text.required(
            body,
            BODY_MAX_LENGTH,
            "Write the annotation, in at most " + BODY_MAX_LENGTH + " characters.");
    if (kind == AnnotationKind.PROPOSED_WORDING) {
      if (proposedText == null || proposedText.isBlank()) {
        throw new BusinessException("Write the proposed wording for the selected words.");
      }
      if (proposedText.length() > Clause.TEXT_MAX_LENGTH) {
        throw new BusinessException("The proposed wording is too long.");
      }
      a.proposedText = proposedText.strip();
    }
    a.quoteExact = quote.exact();
    a.quotePrefix = quote.prefix();
    a.quoteSuffix = quote.suffix();
    a.quoteStart = quote.start();
    a.quoteEnd = quote.end();
    a.madeOnVersion = clause.version();
    a.anchoredOnVersion = clause.version();
    a.anchorState = AnchorState.ANCHORED;
    a.anchorStart = quote.start();
    a.anchorEnd = quote.end();
    a.state = AnnotationState.OPEN;
    a.author = Objects.requireNonNull(author);
    a.createdAt = Objects.requireNonNull(at);
    return a;
  }

  /** The quote as it was made, on the clause version it was made on. */
  public TextQuote originalQuote() {
    return new TextQuote(quoteExact, quotePrefix, quoteSuffix, quoteStart, quoteEnd);
  }

  /**
   * The clause was amended from {@code oldText} to {@code newText} (its version {@code
   * clauseVersion}): finds the words again, from where they were, else from the original quote.
   */
  public void reanchor(String oldText, String newText, long clauseVersion) {
    TextQuote from =
        anchorStart != null && anchorEnd <= oldText.length()
            ? TextQuote.of(oldText, anchorStart, anchorEnd)
            : originalQuote();
    Anchoring found = Reanchor.in(newText, from);
    if (found.state() == AnchorState.ORPHANED && anchorStart != null) {
      found = Reanchor.in(newText, originalQuote());
    }
    anchorState =
        found.state() == AnchorState.ANCHORED
                && !newText.substring(found.start(), found.end()).equals(quoteExact)
            ? AnchorState.FUZZY
            : found.state();
    anchorStart = found.start();
    anchorEnd = found.end();
    anchoredOnVersion = clauseVersion;
  }

  /**
   * @throws BusinessException if it is resolved already
   */
  public void resolve(String by, Instant at) {
    if (state == AnnotationState.RESOLVED) {
      throw changedBy("resolved");
    }
    moveTo(AnnotationState.RESOLVED, by, at);
  }

  /**
   * @throws BusinessException if it is open
   */
  public void reopen(String by, Instant at) {
    if (state != AnnotationState.RESOLVED) {
      throw new BusinessException("This annotation is open already.");
    }
    moveTo(AnnotationState.REOPENED, by, at);
  }

  private void moveTo(AnnotationState to, String by, Instant at) {
    state = to;
    stateChangedBy = Objects.requireNonNull(by);
    stateChangedAt = Objects.requireNonNull(at);
  }

  private BusinessException changedBy(String what) {
    return new BusinessException(
        "This annotation was " + what + " by " + stateChangedBy + " at " + stateChangedAt + ".");
  }

  /**
   * The clause's text with the proposal applied: the annotated words replaced by the proposed ones.
   *
   * @throws BusinessException if this is no proposal, was decided, or its words are gone
   */
  public String proposedClauseText(String currentText) {
    requireUndecidedProposal();
    if (anchorState == AnchorState.ORPHANED || anchorEnd > currentText.length()) {
      throw new BusinessException(
          "The words this proposal replaces are no longer in the clause: it cannot be applied.");
    }
    return currentText.substring(0, anchorStart) + proposedText + currentText.substring(anchorEnd);
  }

  /** Accepted: the modification that revised the clause with it. */
  public void accept(Modification by, String who, Instant at) {
    requireUndecidedProposal();
    decision = Decision.ACCEPTED;
    modification = Objects.requireNonNull(by);
    decidedBy = who;
    decidedAt = at;
    if (state != AnnotationState.RESOLVED) {
      moveTo(AnnotationState.RESOLVED, who, at);
    }
  }

  /**
   * Rejected, with why.
   *
   * @throws BusinessException if this is no proposal, was decided, or the note is missing
   */
  public void reject(String note, String who, Instant at) {
    requireUndecidedProposal();
    decisionNote =
        Text.required(
            note,
            NOTE_MAX_LENGTH,
            "Say why the proposal is rejected, in at most " + NOTE_MAX_LENGTH + " characters.");
    decision = Decision.REJECTED;
    decidedBy = who;
    decidedAt = at;
    if (state != AnnotationState.RESOLVED) {
      moveTo(AnnotationState.RESOLVED, who, at);
    }
  }

  private void requireUndecidedProposal() {
    if (kind != AnnotationKind.PROPOSED_WORDING) {
      throw new BusinessException("Only proposed wording is accepted or rejected.");
    }
    if (decision != null) {
      throw new BusinessException(
          "This proposal was "
              + decision.name().toLowerCase(Locale.ROOT)
              + " by "
              + decidedBy
              + " at "
              + decidedAt
              + ".");
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Clause clause() {
    return clause;
  }

  public Contract contract() {
    return contract;
  }

  public AnnotationKind kind() {
    return kind;
  }

  public AnnotationState state() {
    return state;
  }

  public AnchorState anchorState() {
    return anchorState;
  }

  public Integer anchorStart() {
    return anchorStart;
  }

  public Integer anchorEnd() {
    return anchorEnd;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public String proposedText() {
    return proposedText;
  }

  public Decision decision() {
    return decision;
  }

  public String stateChangedBy() {
    return stateChangedBy;
  }

  public Instant stateChangedAt() {
    return stateChangedAt;
  }
}
