package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.NewModification;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.contract.domain.ListAnchor;
import org.clausewatch.deadline.application.DeadlineChange;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.NewObligation;
import org.clausewatch.deadline.application.ObligationChange;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.history.application.HistoryService;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contract marked above a user's clearance does not exist for that user: not by number, not in
 * lists, counts, dashboard figures, exports, sections or history.
 */
@ExtendWith(ArquillianExtension.class)
class ClearanceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ClearanceIT.class);
  }

  @Inject ContractService contracts;
  @Inject ContractRepository repository;
  @Inject CurrentCaller caller;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DisputeService disputes;
  @Inject org.clausewatch.annotation.application.AnnotationService annotations;
  @Inject DeadlineService deadlines;
  @Inject HistoryService history;
  @Inject org.clausewatch.flag.application.FlagService flags;
  @Inject org.clausewatch.flag.application.FlagCatchUp flagCatchUp;

  private String s;
  private String secret;
  private String cui;
  private String cuiUser;
  private String secretUser;
  private long secretRestriction;
  private long secretDeadline;
  private long secretObligation;

  @BeforeEach
  void twoContracts() {
    s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create(
            ("clear-officer-" + s).toLowerCase(), "TOP_SECRET", "CONTRACTING_OFFICER", "LEGAL");
    cuiUser = TestUsers.create(("clear-cui-" + s).toLowerCase(), "CUI", "MANAGER");
    secretUser = TestUsers.create(("clear-secret-" + s).toLowerCase(), "SECRET", "MANAGER");
    secret = "SC-" + s;
    cui = "CU-" + s;
    Callers.as(
        officer,
        () -> {
          parties.register("Clearance Agency " + s, PartyKind.GOVERNMENT_AGENCY);
          parties.register("Clearance Vendor " + s, PartyKind.COMPANY);
          register(secret, Classification.SECRET);
          register(cui, Classification.CUI);
          for (String n : List.of(secret, cui)) {
            clauses.append(
                n, "H-1", null, "Use", "No surveillance.", ClauseCategory.USAGE_RESTRICTION);
            long id = restrictions.restrict(n, "H-1", "Surveillance " + s, null);
            if (n.equals(secret)) {
              secretRestriction = id;
            }
            long deadline =
                deadlines
                    .set(
                        n,
                        "Ultimatum " + n,
                        DeadlineKind.ULTIMATUM,
                        ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(2),
                        null,
                        null,
                        null,
                        List.of())
                    .id();
            long obligation =
                deadlines.createObligation(
                    n,
                    new NewObligation(
                        "Clearance Vendor " + s,
                        "Monthly report",
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        "FREQ=MONTHLY"));
            if (n.equals(secret)) {
              secretDeadline = deadline;
              secretObligation = obligation;
            }
            contracts.changeStatus(n, ContractStatus.NEGOTIATING);
          }
        });
  }

  @Test
  void aSecretContractIsNotFoundByNumberForAUserClearedToCui() {
    Callers.as(
        cuiUser,
        () -> {
          assertThat(contracts.details(secret)).isEmpty();
          assertThat(contracts.find(secret)).isEmpty();
          assertThat(history.historyOf(secret)).isEmpty();
          assertThat(clauses.clausesOf(secret)).isEmpty();
          assertThat(restrictions.restrictionsOf(secret)).isEmpty();
          assertThat(deadlines.deadlinesOf(secret)).isEmpty();
          assertThat(contracts.details(cui)).isPresent();
          assertThat(clauses.clausesOf(cui)).hasSize(1);
        });
    Callers.as(secretUser, () -> assertThat(contracts.details(secret)).isPresent());
  }

  @Test
  void listsCountsExportsAndTheDashboardNeverIncludeIt() {
    ContractQuery mine = ContractQuery.builder().text(s).build();
    Callers.as(
        cuiUser,
        () -> {
          assertThat(contracts.browse(mine, PageRequest.first(25)).items())
              .extracting(ContractSummary::number)
              .containsExactly(cui);
          assertThat(contracts.count(mine)).isEqualTo(1);
          assertThat(contracts.exportChunk(mine, null, 100))
              .extracting(ContractSummary::number)
              .containsExactly(cui);
          assertThat(
                  contracts.count(
                      ContractQuery.builder()
                          .text(s)
                          .classifications(java.util.Set.of(Classification.SECRET))
                          .build()))
              .isZero();
          assertThat(deadlines.upcoming(Duration.ofDays(7), 500))
              .extracting(DeadlineView::title)
              .contains("Ultimatum " + cui)
              .doesNotContain("Ultimatum " + secret);
        });
    long secretUserNegotiating =
        Callers.as(secretUser, () -> contracts.countByStatus().get(ContractStatus.NEGOTIATING));
    long cuiUserNegotiating =
        Callers.as(cuiUser, () -> contracts.countByStatus().get(ContractStatus.NEGOTIATING));
    assertThat(secretUserNegotiating - cuiUserNegotiating)
        .as("dashboard figures: the SECRET contract counts only for the SECRET user")
        .isGreaterThanOrEqualTo(1);
    Callers.as(
        secretUser,
        () ->
            assertThat(contracts.browse(mine, PageRequest.first(25)).items())
                .extracting(ContractSummary::number)
                .containsExactlyInAnyOrder(cui, secret));
  }

  @Test
  void theListsPageAnchorsNeverPlaceOneOnIt() {
    ContractQuery mine =
        ContractQuery.builder()
            .text(s)
            .sort(ContractSortField.TITLE, SortDirection.ASCENDING)
            .build();
    // As ContractService does before it asks for anchors: the caller's clearance is loaded, which
    // the clearance filter reads.
    assertThat(Callers.as(cuiUser, () -> anchorsAsCaller(mine)))
        .extracting(ListAnchor::number)
        .containsExactly(cui);
    assertThat(Callers.as(secretUser, () -> anchorsAsCaller(mine)))
        .extracting(ListAnchor::number)
        .containsExactlyInAnyOrder(cui, secret);
  }

  private List<ListAnchor> anchorsAsCaller(ContractQuery query) {
    caller.getClearance();
    return repository.anchors(query, 1);
  }

  @Test
  void aKeptCountOrAPageCursorNeverRevealsIt() {
    ContractQuery mine = ContractQuery.builder().text(s).build();
    assertThat(Callers.as(secretUser, () -> contracts.countUpTo(mine, 10_000))).isEqualTo(2);
    assertThat(Callers.as(cuiUser, () -> contracts.countUpTo(mine, 10_000)))
        .as("the count kept for a SECRET user is not served to a CUI user")
        .isEqualTo(1);
    ContractQuery byTitle =
        ContractQuery.builder()
            .text(s)
            .sort(
                org.clausewatch.contract.domain.ContractSortField.TITLE,
                org.clausewatch.shared.SortDirection.ASCENDING)
            .build();
    Callers.as(
        cuiUser,
        () ->
            assertThat(
                    contracts.seek(
                        byTitle, org.clausewatch.contract.domain.ListCursor.after(secret), 25))
                .as("a cursor on the hidden contract is the same as an unknown one")
                .isEmpty());
    Callers.as(
        secretUser,
        () ->
            assertThat(
                    contracts.seek(
                        byTitle, org.clausewatch.contract.domain.ListCursor.before(secret), 25))
                .isPresent());
  }

  @Test
  void flagsOfAContractAboveTheCallersClearanceAreNeitherShownNorCountedNorDismissable() {
    String secretCounsel =
        TestUsers.create(("clear-fcounsel-" + s).toLowerCase(), "SECRET", "LEGAL");
    String cuiCounsel = TestUsers.create(("clear-fccounsel-" + s).toLowerCase(), "CUI", "LEGAL");
    org.clausewatch.flag.domain.FlagView due =
        Callers.as(secretCounsel, () -> flags.flagsOf(secret)).stream()
            .filter(f -> f.rule().equals("DEADLINE_DUE_SOON"))
            .findFirst()
            .orElseThrow();
    flagCatchUp.catchUp(java.time.Instant.now());

    Callers.as(
        cuiCounsel,
        () -> {
          assertThat(flags.flagsOf(secret)).isEmpty();
          assertThat(flags.flagsOfClause(secret, "H-1")).isEmpty();
          assertThat(flags.flagsOf(cui)).extracting(f -> f.rule()).contains("DEADLINE_DUE_SOON");
          assertThat(
                  contracts
                      .browse(
                          ContractQuery.builder().text(s).flag("DEADLINE_DUE_SOON").build(),
                          PageRequest.first(10))
                      .items())
              .extracting(c -> c.number())
              .as("the list by flag counts only what the caller may see")
              .containsExactly(cui);
          assertThat(flags.overdueObligations(500))
              .extracting(o -> o.contractNumber())
              .as("the overview's overdue obligations: both contracts have one since January")
              .contains(cui)
              .doesNotContain(secret);
          assertThat(flags.mostUrgent(100_000))
              .extracting(u -> u.reason().contractNumber())
              .as("the overview's contracts that need attention")
              .contains(cui)
              .doesNotContain(secret);
        });
    assertThatThrownBy(
            () -> Callers.as(cuiCounsel, () -> flags.dismiss(due.id(), due.version(), "No")))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("This flag no longer holds");
    Callers.as(secretCounsel, () -> flags.dismiss(due.id(), due.version(), "Handled by phone."));
  }

  @Test
  void annotationsAndTermsOfAContractAboveTheCallersClearanceAreNeitherShownNorReachable() {
    String secretCounsel =
        TestUsers.create(("clear-scounsel-" + s).toLowerCase(), "SECRET", "LEGAL");
    String cuiCounsel = TestUsers.create(("clear-ccounsel-" + s).toLowerCase(), "CUI", "LEGAL");
    long id =
        Callers.as(
            secretCounsel,
            () ->
                annotations.annotate(
                    secret,
                    "H-1",
                    null,
                    null,
                    "surveillance",
                    AnnotationKind.CONCERN,
                    "Why?",
                    null));

    Callers.as(
        cuiCounsel,
        () -> {
          assertThat(annotations.annotated(secret, "H-1", 1)).isEmpty();
          assertThat(annotations.annotatedShowing(secret, "H-1", id)).isEmpty();
          assertThat(
                  annotations.annotationsOf(
                      Callers.as(secretCounsel, () -> annotations.annotated(secret, "H-1", 1))
                          .orElseThrow()
                          .clauseId()))
              .isEmpty();
          assertThat(disputes.clauseTerms(secret, "H-1")).isEmpty();
          assertThat(annotations.diff(id)).isEmpty();
        });
    for (Runnable write :
        List.<Runnable>of(
            () -> annotations.reply(id, "Seen."),
            () -> annotations.resolve(id, 0),
            () -> annotations.reject(id, 0, "No"),
            () ->
                annotations.annotate(
                    secret,
                    "H-1",
                    null,
                    null,
                    "surveillance",
                    AnnotationKind.COMMENT,
                    "x",
                    null))) {
      assertThatThrownBy(() -> Callers.as(cuiCounsel, write))
          .isInstanceOf(BusinessException.class)
          .hasMessageMatching("(Unknown annotation|Contract SC-).*");
    }
    assertThat(
            Callers.as(secretCounsel, () -> annotations.annotated(secret, "H-1", 1))
                .orElseThrow()
                .annotations())
        .singleElement()
        .satisfies(a -> assertThat(a.replies()).isEmpty());
  }

  @Test
  void writesByIdCannotReachAContractAboveTheCallersClearance() {
    String cuiCounsel = TestUsers.create(("clear-counsel-" + s).toLowerCase(), "CUI", "LEGAL");

    assertThatThrownBy(
            () -> Callers.as(cuiCounsel, () -> restrictions.withdraw(secretRestriction, 0)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Unknown usage restriction " + secretRestriction);
    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiCounsel,
                    () ->
                        disputes.recordPosition(
                            secret,
                            "H-1",
                            secretRestriction,
                            "Clearance Vendor " + s,
                            Stance.REJECTS,
                            "No.",
                            java.time.LocalDate.of(2026, 1, 5),
                            "Letter")))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Contract " + secret + " has no clause H-1.");
    assertThat(Callers.as(cuiCounsel, () -> disputes.restrictionTermsOf(secret))).isEmpty();
    Callers.as(
        secretUser,
        () -> {
          assertThat(restrictions.restrictionsOf(secret))
              .extracting(RestrictionView::withdrawn)
              .containsExactly(false);
          assertThat(disputes.restrictionTermsOf(secret)).isEmpty();
        });
  }

  @Test
  void anOfficerMayNotMarkAContractAboveTheirOwnClearance() {
    String cuiOfficer =
        TestUsers.create(("clear-cui-officer-" + s).toLowerCase(), "CUI", "CONTRACTING_OFFICER");
    String high = "HI-" + s;

    assertThatThrownBy(() -> Callers.as(cuiOfficer, () -> register(high, Classification.SECRET)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("above your own clearance");
    assertThat(Callers.as(secretUser, () -> contracts.details(high))).as("nothing saved").isEmpty();

    long version = Callers.as(cuiOfficer, () -> contracts.editForm(cui).orElseThrow().version());
    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiOfficer,
                    () ->
                        contracts.edit(
                            cui,
                            version,
                            new ContractEdit(
                                cui,
                                "Raised",
                                null,
                                ContractType.FFP,
                                new BigDecimal("1000.00"),
                                "USD",
                                null,
                                null,
                                null,
                                Classification.SECRET))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("above your own clearance");
    assertThat(Callers.as(cuiOfficer, () -> contracts.details(cui)).orElseThrow().classification())
        .isEqualTo(Classification.CUI);
  }

  @Test
  void aTakenNumberIsRefusedInTheSameWordsWhetherOrNotTheCallerMaySeeTheContract() {
    String cuiOfficer =
        TestUsers.create(("clear-dup-officer-" + s).toLowerCase(), "CUI", "CONTRACTING_OFFICER");

    String hidden =
        catchThrowableOfType(
                () -> Callers.as(cuiOfficer, () -> register(secret, Classification.CUI)),
                BusinessException.class)
            .getMessage();
    String visible =
        catchThrowableOfType(
                () -> Callers.as(cuiOfficer, () -> register(cui, Classification.CUI)),
                BusinessException.class)
            .getMessage();

    assertThat(hidden).isEqualTo(visible).isEqualTo(ContractService.NUMBER_TAKEN);
    assertThat(hidden).doesNotContain(secret);
  }

  @Test
  void workbenchActionsByIdOrNumberCannotReachAContractAboveTheCallersClearance() {
    String cuiOfficer =
        TestUsers.create(
            ("clear-wb-officer-" + s).toLowerCase(), "CUI", "CONTRACTING_OFFICER", "LEGAL");
    Callers.as(
        cuiOfficer,
        () -> {
          assertThat(deadlines.deadline(secretDeadline)).isEmpty();
          assertThat(restrictions.restriction(secretRestriction)).isEmpty();
          assertThat(contracts.editForm(secret)).isEmpty();
          assertThat(clauses.clause(secret, "H-1")).isEmpty();
          assertThat(deadlines.partiesOf(secret)).isEmpty();
          assertThat(deadlines.obligationsOf(secret)).isEmpty();
          assertThat(deadlines.obligationOf(secret, secretObligation)).isEmpty();
          assertThat(contracts.nextModificationNumber(secret)).isEmpty();
          assertThat(contracts.contractsOf("Clearance Vendor " + s, 50))
              .extracting(ContractSummary::number)
              .containsExactly(cui);
        });
    List<Runnable> writes =
        List.of(
            () ->
                deadlines.extend(
                    secretDeadline,
                    0,
                    ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(9),
                    "More time"),
            () -> deadlines.close(secretDeadline, 0, DeadlineStatus.MET, null),
            () ->
                deadlines.changeDeadline(
                    secretDeadline,
                    0,
                    new DeadlineChange("Renamed", null, null, null, null, List.of())),
            () ->
                deadlines.settle(
                    secretObligation, 0, LocalDate.of(2026, 2, 1), OccurrenceOutcome.WAIVED, null),
            () -> deadlines.endObligation(secretObligation, 0, LocalDate.of(2026, 2, 1), "Ended"),
            () -> deadlines.reopenObligation(secretObligation, 0, "Ended by mistake"),
            () ->
                deadlines.changeObligation(
                    secretObligation,
                    0,
                    new ObligationChange("Clearance Vendor " + s, "Renamed", null, null, null)),
            () -> restrictions.redefine(secretRestriction, 0, "Anything", null),
            () -> restrictions.withdraw(secretRestriction, 0),
            () -> clauses.addFromLibrary(secret, "52.204-21", null, ClauseCategory.COMPLIANCE),
            () ->
                clauses.applyModification(
                    secret,
                    new NewModification(
                        "P00001",
                        LocalDate.of(2026, 2, 1),
                        "Funding",
                        null,
                        BigDecimal.ONE,
                        null,
                        null),
                    List.of()),
            () -> contracts.removeParticipant(secret, "Clearance Vendor " + s, "Subcontractor"));
    for (Runnable write : writes) {
      assertThatThrownBy(() -> Callers.as(cuiOfficer, write))
          .isInstanceOf(BusinessException.class)
          .hasMessageContaining("Unknown");
    }
    Callers.as(
        secretUser,
        () -> {
          assertThat(deadlines.deadline(secretDeadline).orElseThrow().status())
              .isEqualTo(DeadlineStatus.OPEN);
          assertThat(deadlines.deadline(secretDeadline).orElseThrow().extensions()).isEmpty();
          assertThat(restrictions.restriction(secretRestriction).orElseThrow().withdrawn())
              .isFalse();
          assertThat(clauses.clausesOf(secret)).hasSize(1);
        });
  }

  private void register(String number, Classification marking) {
    contracts.register(
        new NewContract(
            number,
            "Clearance " + number,
            ContractType.FFP,
            "Clearance Agency " + s,
            "Clearance Vendor " + s,
            new BigDecimal("1000.00"),
            null,
            "USD",
            null,
            null,
            null,
            marking,
            null));
  }
}
