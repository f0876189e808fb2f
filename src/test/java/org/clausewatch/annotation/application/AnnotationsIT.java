package org.clausewatch.annotation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.annotation.domain.AnchorState;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.annotation.domain.AnnotationState;
import org.clausewatch.annotation.domain.AnnotationView;
import org.clausewatch.annotation.domain.Decision;
import org.clausewatch.clause.application.ClauseChange;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.NewModification;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.history.application.HistoryService;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.StatementCount;
import org.clausewatch.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Annotations on clause text against the real database: anchoring, threads, proposals (R1-R5). */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class AnnotationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AnnotationsIT.class);
  }

  static final String H2 =
      "The Government shall not use the Contractor's models to make final targeting decisions in"
          + " military operations without meaningful human involvement in the decision. The"
          + " Contractor shall report any such use.";

  @Inject AnnotationService cut;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject HistoryService history;
  @Inject org.clausewatch.dispute.application.DisputeService disputes;

  private String number;
  private long clauseId;

  @BeforeEach
  void contractWithClauseH2() {
    String s = TestDatabase.uniqueSuffix();
    parties.register("Department " + s, PartyKind.GOVERNMENT_AGENCY);
    parties.register("AI Lab " + s, PartyKind.COMPANY);
    number = "ANN-" + s;
    contracts.register(
        NewContract.simple(
            number,
            "Frontier AI " + s,
            ContractType.OTHER,
            "Department " + s,
            "AI Lab " + s,
            new BigDecimal("200000000"),
            "USD"));
    contracts.changeStatus(number, ContractStatus.ACTIVE);
    clauseId =
        clauses
            .append(
                number,
                "H-2",
                null,
                "Meaningful human involvement in targeting",
                H2,
                ClauseCategory.USAGE_RESTRICTION)
            .id();
  }

  private long annotate(String words, AnnotationKind kind, String proposed) {
    int start = H2.indexOf(words);
    return cut.annotate(
        number, "H-2", start, start + words.length(), words, kind, "Note on " + words, proposed);
  }

  private AnnotationView view(long id) {
    return cut.annotationsOf(clauseId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  @Test
  void anAnnotationKeepsItsQuoteAndPositionWithTheClauseVersionItWasMadeOn() {
    long id = annotate("without meaningful human involvement", AnnotationKind.CONCERN, null);

    AnnotationView a = view(id);
    assertThat(a.quote()).isEqualTo("without meaningful human involvement");
    assertThat(a.anchorStart()).isEqualTo(H2.indexOf("without meaningful"));
    assertThat(a.anchorState()).isEqualTo(AnchorState.ANCHORED);
    assertThat(a.madeOnVersion()).isZero();
    assertThat(a.author()).isEqualTo("it-all-roles");
  }

  @Test
  void typedWordsAreFoundOnceOrRefusedWithAMessage() {
    long id =
        cut.annotate(
            number,
            "H-2",
            null,
            null,
            "final targeting decisions",
            AnnotationKind.COMMENT,
            "Why?",
            null);
    assertThat(view(id).anchorStart()).isEqualTo(H2.indexOf("final targeting decisions"));

    assertThatThrownBy(
            () ->
                cut.annotate(
                    number,
                    "H-2",
                    null,
                    null,
                    "Contractor",
                    AnnotationKind.COMMENT,
                    "Which?",
                    null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("appear 2 times");
    assertThatThrownBy(
            () ->
                cut.annotate(
                    number, "H-2", null, null, "lawful purpose", AnnotationKind.COMMENT, "x", null))
        .hasMessage("These words are not in the clause's current text.");
    assertThatThrownBy(
            () ->
                cut.annotate(number, "H-2", 0, 3, "The", AnnotationKind.PROPOSED_WORDING, "x", " "))
        .hasMessage("Write the proposed wording for the selected words.");
  }

  @Test
  void twoRepliesAtOnceAreBothKeptButAStaleResolveIsRefusedWithTheOtherChange() {
    long id = annotate("final targeting decisions", AnnotationKind.COMMENT, null);
    cut.reply(id, "The Department objects to this sentence.");
    cut.reply(id, "Counsel: see https://www.defense.gov/News/ for the statement.");

    cut.resolve(id, 0);
    assertThatThrownBy(() -> cut.resolve(id, 0))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("it-all-roles marked it resolved at");
    cut.reopen(id, 1);

    AnnotationView a = view(id);
    assertThat(a.replies()).hasSize(2);
    assertThat(a.state()).isEqualTo(AnnotationState.REOPENED);
  }

  @Test
  void anAmendmentReanchorsWhatRemainsAndOrphansWhatWasRemovedNeverDroppingIt() {
    long kept = annotate("final targeting decisions", AnnotationKind.COMMENT, null);
    long changed = annotate("without meaningful human involvement", AnnotationKind.CONCERN, null);
    long gone = annotate("The Contractor shall report any such use.", AnnotationKind.COMMENT, null);
    String amended =
        "Except as Annex B allows, "
            + H2.replace("without meaningful", "without any meaningful")
                .replace(" The Contractor shall report any such use.", "");

    clauses.applyModification(
        number,
        new NewModification(
            "P00001", LocalDate.of(2026, 12, 1), "Revises H-2", null, null, null, null),
        List.of(ClauseChange.revise("H-2", "Meaningful human involvement in targeting", amended)));

    assertThat(view(kept).anchorState()).isEqualTo(AnchorState.ANCHORED);
    assertThat(amended.substring(view(kept).anchorStart(), view(kept).anchorEnd()))
        .isEqualTo("final targeting decisions");
    assertThat(view(changed).anchorState()).isEqualTo(AnchorState.FUZZY);
    assertThat(amended.substring(view(changed).anchorStart(), view(changed).anchorEnd()))
        .isEqualTo("without any meaningful human involvement");
    AnnotationView orphan = view(gone);
    assertThat(orphan.anchorState()).isEqualTo(AnchorState.ORPHANED);
    assertThat(orphan.quote()).isEqualTo("The Contractor shall report any such use.");
    assertThat(cut.annotationsOf(clauseId))
        .as("text order, orphaned last")
        .extracting(AnnotationView::id)
        .containsExactly(kept, changed, gone);
  }

  @Test
  void acceptedWordingRevisesTheClauseThroughAModificationThatBothName() {
    long proposal =
        annotate(
            "without meaningful human involvement in the decision",
            AnnotationKind.PROPOSED_WORDING,
            "unless a commander approves each decision");
    assertThat(cut.diff(proposal))
        .anySatisfy(s -> assertThat(s.added()).isTrue())
        .anySatisfy(s -> assertThat(s.removed()).isTrue());

    String dod = contracts.details(number).orElseThrow().buyerName();
    String lab = contracts.details(number).orElseThrow().vendorName();
    disputes.recordPosition(
        number, "H-2", null, lab, Stance.ACCEPTS, "As is.", LocalDate.of(2026, 12, 1), "Letter");
    disputes.recordPosition(
        number,
        "H-2",
        null,
        dod,
        Stance.PROPOSES_ALTERNATIVE,
        "Other words.",
        LocalDate.of(2026, 12, 1),
        "Letter");
    assertThat(disputes.clauseTerms(number, "H-2").orElseThrow().clauseTerm().disputed()).isTrue();

    cut.accept(proposal, 0, "P00001", LocalDate.of(2026, 12, 2), "Adopts the proposed wording");

    org.clausewatch.dispute.domain.DisputeView settled =
        disputes.clauseTerms(number, "H-2").orElseThrow().clauseTerm().disputes().get(0);
    assertThat(settled.resolution())
        .as("the accepted proposal resolves the clause's dispute")
        .isEqualTo(org.clausewatch.dispute.domain.Resolution.ACCEPTED_PROPOSAL);
    assertThat(settled.closingNote()).contains("P00001");

    String text = clauses.clause(number, "H-2").orElseThrow().text();
    assertThat(text).contains("in military operations unless a commander approves each decision.");
    assertThat(clauses.clause(number, "H-2").orElseThrow().modificationNumber())
        .isEqualTo("P00001");
    AnnotationView accepted = view(proposal);
    assertThat(accepted.decision()).isEqualTo(Decision.ACCEPTED);
    assertThat(accepted.modificationNumber()).isEqualTo("P00001");
    assertThat(accepted.state()).isEqualTo(AnnotationState.RESOLVED);
    assertThat(accepted.anchorState()).as("its words are the new ones").isNotNull();
    assertThatThrownBy(() -> cut.reject(proposal, accepted.version(), "Too late"))
        .hasMessageStartingWith("This proposal was accepted by it-all-roles");
  }

  @Test
  void aRejectedProposalSaysWhyAndAFailedAcceptanceChangesNothing() {
    long proposal =
        annotate("final targeting decisions", AnnotationKind.PROPOSED_WORDING, "any decisions");

    assertThatThrownBy(() -> cut.accept(proposal, 0, "", LocalDate.of(2026, 12, 2), "x"))
        .hasMessage("Enter the modification's number (P00001).");
    assertThat(clauses.clause(number, "H-2").orElseThrow().text()).isEqualTo(H2);
    cut.reject(proposal, 0, "The Department keeps its wording.");

    assertThat(view(proposal).decision()).isEqualTo(Decision.REJECTED);
    assertThat(view(proposal).decisionNote()).isEqualTo("The Department keeps its wording.");
  }

  @Test
  void annotationsAndRepliesAreInTheContractsHistory() {
    long id = annotate("final targeting decisions", AnnotationKind.COMMENT, null);
    cut.reply(id, "Agreed.");

    assertThat(history.historyOf(number).orElseThrow())
        .flatExtracting(r -> r.changes())
        .extracting(c -> c.subject())
        .contains("Annotation on clause H-2", "Reply to an annotation");
  }

  @Test
  void aClausesAnnotationsAndThreadsAreReadInTwoStatements() {
    for (String words : List.of("final targeting", "military operations", "the decision")) {
      long id = annotate(words, AnnotationKind.COMMENT, null);
      cut.reply(id, "One");
      cut.reply(id, "Two");
    }
    List<AnnotationView> all = cut.annotationsOf(clauseId);

    assertThat(StatementCount.of(() -> cut.annotationsOf(clauseId))).as("no N+1").isEqualTo(2);
    assertThat(all).hasSize(3).allSatisfy(a -> assertThat(a.replies()).hasSize(2));
  }

  @Test
  void aClauseWithManyAnnotationsIsShownAPageAtATimeWithEveryAnchor() {
    List<String> phrases =
        List.of("final targeting", "military operations", "the decision", "any such use");
    for (int i = 0; i < 45; i++) {
      long id = annotate(phrases.get(i % phrases.size()), AnnotationKind.COMMENT, null);
      if (i % 10 == 0) {
        cut.reply(id, "Seen " + i);
      }
    }
    List<Long> inOrder = cut.annotationsOf(clauseId).stream().map(AnnotationView::id).toList();

    AnnotatedClause first = cut.annotated(number, "H-2", 1).orElseThrow();
    AnnotatedClause second = cut.annotated(number, "H-2", 2).orElseThrow();
    AnnotatedClause last = cut.annotated(number, "H-2", 3).orElseThrow();

    assertThat(first.anchors()).extracting(a -> a.id()).containsExactlyElementsOf(inOrder);
    assertThat(first.total()).isEqualTo(45);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.annotations()).hasSize(AnnotationService.PAGE_SIZE);
    assertThat(last.annotations()).hasSize(5);
    assertThat(List.of(first, second, last))
        .flatExtracting(AnnotatedClause::annotations)
        .extracting(AnnotationView::id)
        .as("the pages together list every annotation once, in text order")
        .containsExactlyElementsOf(inOrder);
    assertThat(second.first()).isEqualTo(21);
    assertThat(second.last()).isEqualTo(40);
    assertThat(last.pageOf(inOrder.get(44))).isEqualTo(3);
    assertThat(first.pageOf(inOrder.get(20))).isEqualTo(2);
    assertThat(first.pageOf(-1)).isZero();
    assertThat(first.annotations().stream().filter(a -> !a.replies().isEmpty()).count())
        .as("threads come with their annotations")
        .isPositive();

    assertThat(cut.annotated(number, "H-2", 9).orElseThrow().page())
        .as("beyond the last page: the last")
        .isEqualTo(3);
    assertThat(cut.annotated(number, "H-2", 0).orElseThrow().page()).isEqualTo(1);
    assertThat(cut.annotatedShowing(number, "H-2", inOrder.get(44)).orElseThrow())
        .as("a link to one annotation opens its page")
        .satisfies(a -> assertThat(a.page()).isEqualTo(3))
        .satisfies(
            a ->
                assertThat(a.annotations())
                    .extracting(AnnotationView::id)
                    .contains(inOrder.get(44)));
    assertThat(cut.annotatedShowing(number, "H-2", inOrder.get(25)).orElseThrow().page())
        .isEqualTo(2);
    assertThat(cut.annotatedShowing(number, "H-2", -7).orElseThrow().page())
        .as("an annotation the clause does not have: the first page")
        .isEqualTo(1);

    StatementCount.Counted<AnnotatedClause> counted =
        StatementCount.during(() -> cut.annotated(number, "H-2", 2).orElseThrow());
    assertThat(counted.statements())
        .as(
            "the clause; the contract and its modifications (the next modification number);"
                + " where all 45 sit; the page of 20; their threads")
        .isEqualTo(6);
    assertThat(counted.entitiesLoaded())
        .as("the contract with its buyer and vendor; annotations and threads are read as rows")
        .isEqualTo(3);
  }

  @Test
  void aClauseWithoutAnnotationsHasOneEmptyPage() {
    AnnotatedClause none = cut.annotated(number, "H-2", 4).orElseThrow();

    assertThat(none.total()).isZero();
    assertThat(none.pages()).isEqualTo(1);
    assertThat(none.page()).isEqualTo(1);
    assertThat(none.annotations()).isEmpty();
    assertThat(none.first()).isZero();
  }
}
