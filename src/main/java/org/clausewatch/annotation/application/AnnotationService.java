package org.clausewatch.annotation.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.clausewatch.annotation.domain.Annotation;
import org.clausewatch.annotation.domain.AnnotationAnchor;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.annotation.domain.AnnotationPosted;
import org.clausewatch.annotation.domain.AnnotationReply;
import org.clausewatch.annotation.domain.AnnotationRepository;
import org.clausewatch.annotation.domain.AnnotationView;
import org.clausewatch.annotation.domain.ProposalAccepted;
import org.clausewatch.annotation.domain.TextQuote;
import org.clausewatch.clause.application.ClauseChange;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.NewModification;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.text.TextDiff;
import org.clausewatch.shared.text.TextSegment;

/**
 * Annotations on clause text, their threads and proposed wording (R1-R5). Every write names the
 * version it was read at where two people could act on the same thing at once; replies are only
 * added, so two replies at once are both kept.
 */
@Stateless
@Allowed
public class AnnotationService {

  /** Annotations per page of a clause's list. */
  public static final int PAGE_SIZE = 20;

  @Inject private AnnotationRepository annotations;
  @Inject private ClauseRepository clauses;
  @Inject private ClauseService clauseService;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;
  @Inject private Event<ProposalAccepted> accepted;
  @Inject private Event<AnnotationPosted> posted;

  /**
   * Annotates words of a clause as it is now. {@code start} and {@code end} say where the words
   * were selected; when they do not point at {@code words} (the text changed, or the words were
   * typed), the words are looked for in the text, and must then appear once.
   *
   * @param proposedText the other words, for proposed wording only
   * @return the annotation's id
   * @throws BusinessException if the clause is unknown or removed, the words are not in its text or
   *     appear several times, or the annotation is incomplete; nothing is saved then
   */
  @Allowed({Role.LEGAL, Role.CONTRACTING_OFFICER})
  public long annotate(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      Integer start,
      Integer end,
      @Size(max = TextQuote.MAX_LENGTH) String words,
      AnnotationKind kind,
      @Size(max = Annotation.BODY_MAX_LENGTH) String body,
      @Size(max = Clause.TEXT_MAX_LENGTH) String proposedText) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Contract " + contractNumber + " has no clause " + clauseNumber + "."));
    if (clause.removed()) {
      throw new BusinessException(
          "Clause " + clauseNumber + " was removed: it is kept, not annotated.");
    }
    TextQuote quote = locate(clause.text(), start, end, words);
    long id =
        annotations
            .add(Annotation.on(clause, quote, kind, body, proposedText, who(), clock.instant()))
            .id();
    posted.fire(AnnotationPosted.of(id, null, who(), body));
    return id;
  }

  /** Where the annotated words are: the selection when it holds them, else their one occurrence. */
  static TextQuote locate(String text, Integer start, Integer end, String words) {
    if (words == null || words.isBlank()) {
      throw new BusinessException("Select the words to annotate in the clause text, or type them.");
    }
    if (words.length() > TextQuote.MAX_LENGTH) {
      throw new BusinessException(
          "An annotation points at up to "
              + TextQuote.MAX_LENGTH
              + " characters; select fewer words.");
    }
    if (start != null
        && end != null
        && start >= 0
        && end <= text.length()
        && start < end
        && text.substring(start, end).equals(words)) {
      return TextQuote.of(text, start, end);
    }
    String trimmed = words.strip();
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(trimmed); i >= 0; i = text.indexOf(trimmed, i + 1)) {
      found.add(i);
    }
    if (found.isEmpty()) {
      throw new BusinessException("These words are not in the clause's current text.");
    }
    int at = found.get(0);
    if (found.size() > 1) {
      if (start == null) {
        throw new BusinessException(
            "These words appear "
                + found.size()
                + " times in the clause: select the ones you mean in the text, or add words"
                + " around them.");
      }
      for (int candidate : found) {
        if (Math.abs(candidate - start) < Math.abs(at - start)) {
          at = candidate;
        }
      }
    }
    return TextQuote.of(text, at, at + trimmed.length());
  }

  /**
   * Adds a reply to an annotation's thread.
   *
   * @throws BusinessException if the annotation is unknown or the reply blank or too long
   */
  @Allowed({Role.LEGAL, Role.CONTRACTING_OFFICER})
  public long reply(long annotationId, @Size(max = Annotation.BODY_MAX_LENGTH) String body) {
    Annotation annotation = existing(annotationId);
    long id = annotations.add(new AnnotationReply(annotation, body, who(), clock.instant())).id();
    posted.fire(AnnotationPosted.of(annotationId, id, who(), body));
    return id;
  }

  /**
   * @throws BusinessException if unknown, resolved already, or changed since {@code
   *     expectedVersion} (the message says by whom)
   */
  @Allowed({Role.LEGAL, Role.CONTRACTING_OFFICER})
  public void resolve(long annotationId, long expectedVersion) {
    current(annotationId, expectedVersion).resolve(who(), clock.instant());
  }

  /**
   * @throws BusinessException if unknown, open, or changed since {@code expectedVersion}
   */
  @Allowed({Role.LEGAL, Role.CONTRACTING_OFFICER})
  public void reopen(long annotationId, long expectedVersion) {
    current(annotationId, expectedVersion).reopen(who(), clock.instant());
  }

  /**
   * Accepts proposed wording through a modification of the contract that revises the clause with
   * it; the proposal names the modification. All or nothing.
   *
   * @throws BusinessException if unknown, decided, changed meanwhile, its words are gone, or the
   *     modification breaks a rule
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void accept(
      long annotationId,
      long expectedVersion,
      String modificationNumber,
      LocalDate effectiveDate,
      String description) {
    if (modificationNumber == null || modificationNumber.isBlank()) {
      throw new BusinessException("Enter the modification's number (P00001).");
    }
    if (effectiveDate == null) {
      throw new BusinessException("Enter the date the modification takes effect.");
    }
    if (description == null || description.isBlank()) {
      throw new BusinessException("Describe the modification.");
    }
    NewModification terms =
        new NewModification(
            modificationNumber.strip(), effectiveDate, description.strip(), null, null, null, null);
    Annotation proposal = current(annotationId, expectedVersion);
    Clause clause = proposal.clause();
    String revised = proposal.proposedClauseText(clause.text());
    Modification modification =
        clauseService.applyModification(
            clause.contract().number(),
            terms,
            List.of(ClauseChange.revise(clause.number(), clause.heading(), revised)));
    proposal.accept(modification, who(), clock.instant());
    accepted.fire(new ProposalAccepted(clause.id(), modification.number()));
  }

  /**
   * @throws BusinessException if unknown, decided, changed meanwhile, or the note is missing
   */
  @Allowed({Role.LEGAL, Role.CONTRACTING_OFFICER})
  public void reject(
      long annotationId,
      long expectedVersion,
      @Size(max = Annotation.NOTE_MAX_LENGTH) String note) {
    current(annotationId, expectedVersion).reject(note, who(), clock.instant());
  }

  /**
   * A clause's text, where all its annotations sit, and page {@code page} of them (1-based, {@link
   * #PAGE_SIZE} each, in text order) with their threads; a page beyond the last shows the last. Six
   * statements, whatever the number of annotations. Empty if the clause is unknown or its contract
   * above the caller's clearance.
   */
  public Optional<AnnotatedClause> annotated(
      @NotNull String contractNumber, @NotNull String clauseNumber, int page) {
    return annotated(contractNumber, clauseNumber, anchors -> page);
  }

  /**
   * As {@link #annotated(String, String, int)}, at the page that lists the annotation (links to one
   * annotation name it, since its page changes as others are added); the first page if the clause
   * has no such annotation.
   */
  public Optional<AnnotatedClause> annotatedShowing(
      @NotNull String contractNumber, @NotNull String clauseNumber, long annotationId) {
    return annotated(
        contractNumber,
        clauseNumber,
        anchors -> Math.max(0, AnnotatedClause.indexOf(anchors, annotationId)) / PAGE_SIZE + 1);
  }

  private Optional<AnnotatedClause> annotated(
      String contractNumber, String clauseNumber, ToIntFunction<List<AnnotationAnchor>> page) {
    return clauses
        .viewOf(contractNumber, clauseNumber)
        .map(
            c -> {
              List<AnnotationAnchor> anchors = annotations.anchorsOf(c.id());
              int shown =
                  Math.min(
                      Math.max(1, page.applyAsInt(anchors)),
                      AnnotatedClause.pages(anchors.size(), PAGE_SIZE));
              return new AnnotatedClause(
                  c.id(),
                  contractNumber,
                  c.number(),
                  c.text(),
                  c.version(),
                  c.removed(),
                  clauseService.nextModificationNumber(contractNumber),
                  anchors,
                  anchors.isEmpty()
                      ? List.of()
                      : annotations.viewsOf(c.id(), (shown - 1) * PAGE_SIZE, PAGE_SIZE),
                  shown,
                  PAGE_SIZE);
            });
  }

  /**
   * A proposal as a word diff of the clause's executed text against the text with the proposal
   * applied; empty if the annotation is unknown, hidden, decided, no proposal, or its words gone.
   */
  public List<TextSegment> diff(long annotationId) {
    Annotation proposal = annotations.find(annotationId);
    if (proposal == null
        || proposal.kind() != AnnotationKind.PROPOSED_WORDING
        || proposal.decision() != null
        || proposal.anchorStart() == null) {
      return List.of();
    }
    String text = proposal.clause().text();
    return TextDiff.words(text, proposal.proposedClauseText(text));
  }

  /** A clause's annotations with their threads, in text order: two statements. */
  public List<AnnotationView> annotationsOf(long clauseId) {
    return annotations.viewsOf(clauseId);
  }

  private Annotation current(long id, long expectedVersion) {
    Annotation annotation = existing(id);
    if (annotation.version() != expectedVersion) {
      String what =
          annotation.stateChangedBy() == null
              ? "changed it"
              : "marked it "
                  + annotation.state().name().toLowerCase(java.util.Locale.ROOT)
                  + " at "
                  + annotation.stateChangedAt();
      throw new BusinessException(
          (annotation.stateChangedBy() == null ? "Someone" : annotation.stateChangedBy())
              + " "
              + what
              + " meanwhile. Reload the page to see it; your change was not saved.");
    }
    return annotation;
  }

  private Annotation existing(long id) {
    Annotation annotation = annotations.find(id);
    if (annotation == null) {
      throw new BusinessException("Unknown annotation " + id + ".");
    }
    return annotation;
  }

  private String who() {
    return caller.username().orElseThrow(() -> new BusinessException("Nobody is signed in"));
  }
}
