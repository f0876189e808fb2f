package org.clausewatch.annotation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.annotation.application.AnnotatedClause;
import org.clausewatch.annotation.application.AnnotationService;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.annotation.domain.AnnotationView;
import org.clausewatch.annotation.domain.Highlights;
import org.clausewatch.shared.text.TextDiff;
import org.clausewatch.shared.text.TextSegment;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The annotations of {@code /clauses/view?contract=...&clause=...}: the clause text with the
 * annotated words marked, the side panel of annotations in text order with their threads, and the
 * forms to annotate, reply, resolve, reopen, and accept or reject proposed wording (R1-R5).
 */
@Named
@ViewScoped
public class AnnotationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private String clause;
  @Inject @Param private String page;
  @Inject @Param private String annotation;

  @Inject private AnnotationService annotations;
  @Inject private Clock clock;

  private AnnotatedClause annotated;
  private List<Highlights.Piece> pieces = List.of();
  private Map<Long, Integer> pageByAnnotation = Map.of();
  private final Map<Long, List<TextSegment>> diffs = new HashMap<>();

  private Integer start;
  private Integer end;
  private String words;
  private AnnotationKind kind = AnnotationKind.COMMENT;
  private String body;
  private String proposed;
  private String reply;
  private String modificationNumber;
  private LocalDate effective;
  private String modificationDescription;
  private String rejection;

  /** View action (after the clause page's own): loads the clause text and its annotations. */
  public void load() {
    if (annotated != null || contract == null || clause == null) {
      return;
    }
    annotated =
        (page == null && annotation != null && annotation.strip().matches("[1-9][0-9]{0,17}")
                ? annotations.annotatedShowing(
                    contract.strip(), clause.strip(), Long.parseLong(annotation.strip()))
                : annotations.annotated(contract.strip(), clause.strip(), pageNumber(page)))
            .orElse(null);
    if (annotated == null) {
      return;
    }
    pieces = Highlights.of(annotated.text(), annotated.anchors());
    pageByAnnotation = annotated.pageByAnnotation();
    for (AnnotationView a : annotated.annotations()) {
      String proposed = a.proposedClauseText(annotated.text());
      if (a.undecidedProposal() && proposed != null) {
        diffs.put(a.id(), TextDiff.words(annotated.text(), proposed));
      }
    }
    modificationNumber = annotated.nextModificationNumber();
    effective = LocalDate.now(clock);
  }

  /** A 1-based page from the URL: anything but a plain number, or below 1, is page 1. */
  static int pageNumber(String value) {
    if (value == null || !value.strip().matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Integer.parseInt(value.strip());
  }

  public void annotate() {
    long[] added = new long[1];
    if (Actions.attempt(
        () ->
            added[0] =
                annotations.annotate(
                    contract.strip(),
                    annotated.number(),
                    start,
                    end,
                    words,
                    kind,
                    body,
                    kind == AnnotationKind.PROPOSED_WORDING ? proposed : null),
        null)) {
      // shown where the list has it, which may be another page than this one
      done("annotation.saved", 0, added[0]);
    }
  }

  public void reply(long annotationId) {
    if (Actions.attempt(() -> annotations.reply(annotationId, reply), null)) {
      done("annotation.replied", annotated.page(), 0);
    }
  }

  public void resolve(long annotationId, long version) {
    if (Actions.attempt(() -> annotations.resolve(annotationId, version), null)) {
      done("annotation.resolved", annotated.page(), 0);
    }
  }

  public void reopen(long annotationId, long version) {
    if (Actions.attempt(() -> annotations.reopen(annotationId, version), null)) {
      done("annotation.reopened", annotated.page(), 0);
    }
  }

  public void accept(long annotationId, long version) {
    if (Actions.attempt(
        () ->
            annotations.accept(
                annotationId, version, modificationNumber, effective, modificationDescription),
        null)) {
      done("annotation.accepted", annotated.page(), 0);
    }
  }

  public void reject(long annotationId, long version) {
    if (Actions.attempt(() -> annotations.reject(annotationId, version, rejection), null)) {
      done("annotation.rejected", annotated.page(), 0);
    }
  }

  /** Back to the clause, at page {@code onPage} or else at the annotation's page and place. */
  private void done(String message, int onPage, long annotationId) {
    Messages.flashInfo(Messages.bundle(message));
    String url =
        "clauses/view?contract=%s&clause=%s"
            + (onPage > 1 ? "&page=" + onPage : "")
            + (annotationId > 0
                ? "&annotation=" + annotationId + "#annotation-" + annotationId
                : "");
    Faces.redirect(url, contract.strip(), annotated.number());
  }

  public AnnotatedClause getAnnotated() {
    return annotated;
  }

  public List<Highlights.Piece> getPieces() {
    return pieces;
  }

  /** The page of the list that shows the first annotation marking {@code piece}. */
  public int pageOf(Highlights.Piece piece) {
    return piece.annotations().isEmpty()
        ? 0
        : pageByAnnotation.getOrDefault(piece.annotations().get(0), 0);
  }

  public List<TextSegment> diff(long annotationId) {
    return diffs.getOrDefault(annotationId, List.of());
  }

  public AnnotationKind[] getKinds() {
    return AnnotationKind.values();
  }

  public Integer getStart() {
    return start;
  }

  public void setStart(Integer start) {
    this.start = start;
  }

  public Integer getEnd() {
    return end;
  }

  public void setEnd(Integer end) {
    this.end = end;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public AnnotationKind getKind() {
    return kind;
  }

  public void setKind(AnnotationKind kind) {
    this.kind = kind;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getProposed() {
    return proposed;
  }

  public void setProposed(String proposed) {
    this.proposed = proposed;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getModificationNumber() {
    return modificationNumber;
  }

  public void setModificationNumber(String modificationNumber) {
    this.modificationNumber = modificationNumber;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public void setEffective(LocalDate effective) {
    this.effective = effective;
  }

  public String getModificationDescription() {
    return modificationDescription;
  }

  public void setModificationDescription(String modificationDescription) {
    this.modificationDescription = modificationDescription;
  }

  public String getRejection() {
    return rejection;
  }

  public void setRejection(String rejection) {
    this.rejection = rejection;
  }
}
