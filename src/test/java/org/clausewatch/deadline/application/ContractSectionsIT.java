package org.clausewatch.deadline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.deadline.domain.ObligationOccurrence;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.PositionView;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionView;
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

/** The contract page's sections from the other features: clauses, restrictions, deadlines. */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class ContractSectionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ContractSectionsIT.class);
  }

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DisputeService disputes;
  @Inject DeadlineService cut;

  private String s;
  private String number;
  private String dod;
  private String vendor;

  @BeforeEach
  void contract() {
    s = TestDatabase.uniqueSuffix();
    dod = "Department " + s;
    vendor = "AI Lab " + s;
    parties.register(dod, PartyKind.GOVERNMENT_AGENCY);
    parties.register(vendor, PartyKind.COMPANY);
    number = "SEC-" + s;
    contracts.register(
        NewContract.simple(
            number,
            "Frontier AI " + s,
            ContractType.OTHER,
            dod,
            vendor,
            new BigDecimal("200000000"),
            "USD"));
  }

  @Test
  void clausesCitingTheLibraryLinkToItAndAnOlderCitedDateIsFlagged() {
    clauses.append(
        number,
        "H-1",
        null,
        "Prohibited uses",
        "No mass surveillance.",
        ClauseCategory.USAGE_RESTRICTION);
    clauses.append(
        number,
        "252.204-7012",
        YearMonth.of(2019, 12),
        "Safeguarding",
        "text",
        ClauseCategory.COMPLIANCE);
    clauses.append(
        number,
        "52.204-21",
        YearMonth.of(2021, 11),
        "Basic Safeguarding",
        "text",
        ClauseCategory.COMPLIANCE);

    List<ClauseView> views = clauses.clausesOf(number);

    assertThat(views)
        .extracting(ClauseView::number)
        .containsExactly("H-1", "252.204-7012", "52.204-21");
    assertThat(views.get(0).inLibrary()).isFalse();
    assertThat(views.get(1).libraryTitle()).startsWith("Safeguarding Covered Defense Information");
    assertThat(views.get(1).libraryVersion())
        .as("R3: library has MAY 2024")
        .isEqualTo(YearMonth.of(2024, 5));
    assertThat(views.get(1).outdated()).isTrue();
    assertThat(views.get(2).outdated()).isFalse();
    assertThat(clauses.standard("52.204-21"))
        .get()
        .extracting(c -> c.regulation())
        .isEqualTo("FAR");
  }

  @Test
  void restrictionsComeWithTheirLatestStancesAndDisputesInThreeStatements() {
    for (int i = 1; i <= 3; i++) {
      clauses.append(number, "H-" + i, null, "Use " + i, "text", ClauseCategory.USAGE_RESTRICTION);
      long id = restrictions.restrict(number, "H-" + i, "Use " + i + " " + s, null);
      disputes.recordPosition(
          number,
          "H-" + i,
          id,
          vendor,
          Stance.ACCEPTS,
          "No",
          LocalDate.of(2026, 11, 24),
          "Meeting");
      disputes.recordPosition(
          number,
          "H-" + i,
          id,
          dod,
          Stance.REJECTS,
          "Lawful use only",
          LocalDate.of(2026, 11, 24),
          "Official");
    }
    List<RestrictionView> views = restrictions.restrictionsOf(number);
    Map<Long, TermView> terms = disputes.restrictionTermsOf(number);

    assertThat(
            StatementCount.of(
                () -> {
                  restrictions.restrictionsOf(number);
                  disputes.restrictionTermsOf(number);
                }))
        .as("no N+1")
        .isEqualTo(3);
    assertThat(views).hasSize(3);
    assertThat(views)
        .allSatisfy(v -> assertThat(terms.get(v.id()).disputed()).as("computed").isTrue());
    assertThat(terms.get(views.get(0).id()).latest())
        .extracting(PositionView::party)
        .containsExactly(vendor, dod);
    assertThat(terms.get(views.get(0).id()).standing().explanation())
        .isEqualTo(vendor + " accepts; " + dod + " rejects.");
  }

  @Test
  void aMissingClauseOrAChangeToAWithdrawnRestrictionIsRefusedWithAMessage() {
    assertThatThrownBy(() -> restrictions.restrict(number, "H-9", "Anything", null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Contract " + number + " has no clause H-9");
    clauses.append(number, "H-1", null, "Use", "text", ClauseCategory.USAGE_RESTRICTION);
    long id = restrictions.restrict(number, "H-1", "Use " + s, null);
    restrictions.withdraw(id, 0);
    assertThatThrownBy(() -> restrictions.redefine(id, 1, "Other", null))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void theSettlePageReadsAnOccurrenceWithItsObligationInTwoStatements() {
    LocalDate first = LocalDate.of(2026, 1, 5);
    long id =
        cut.createObligation(
            number,
            new NewObligation(
                vendor, "Four-weekly report " + s, null, null, first, "FREQ=WEEKLY;INTERVAL=4"));
    cut.settle(
        id,
        cut.obligationOf(number, id).orElseThrow().version(),
        first.plusDays(28),
        OccurrenceOutcome.WAIVED,
        "Merged with the next");

    var counted = StatementCount.during(() -> cut.occurrenceOf(number, id, first.plusDays(28)));
    assertThat(counted.statements())
        .as("the obligation's row and its settled occurrences")
        .isEqualTo(2);
    ObligationOccurrence waived = counted.result().orElseThrow();
    assertThat(waived.obligation().description()).isEqualTo("Four-weekly report " + s);
    assertThat(waived.obligation().owingPartyName()).isEqualTo(vendor);
    assertThat(waived.occurrence().outcome()).isEqualTo(OccurrenceOutcome.WAIVED);
    assertThat(waived.occurrence().note()).isEqualTo("Merged with the next");
    assertThat(waived.occurrence().recordedBy()).as("the caller").isEqualTo("it-all-roles");
    assertThat(cut.occurrenceOf(number, id, first).orElseThrow().occurrence().open()).isTrue();

    assertThat(cut.occurrenceOf(number, id, first.plusDays(1)))
        .as("not a day it falls due")
        .isEmpty();
    assertThat(cut.occurrenceOf("SEC-other-" + s, id, first)).as("another contract's").isEmpty();

    long version = cut.obligationOf(number, id).orElseThrow().version();
    cut.endObligation(id, version, first.plusDays(28), "Contract terminated");
    assertThat(cut.occurrenceOf(number, id, first.plusDays(56)))
        .as("an ended series is not owed after its last day")
        .isEmpty();
    assertThat(cut.occurrenceOf(number, id, first.plusDays(28))).isPresent();
  }

  @Test
  void anOpenDeadlinePastItsTimeStaysOverdueUntilItIsExtendedOrClosed() {
    ZonedDateTime yesterday = ZonedDateTime.now(NEW_YORK).minusDays(1);
    long late =
        cut.set(number, "Late " + s, DeadlineKind.RESPONSE, yesterday, null, null, null, List.of())
            .id();
    long lapsed =
        cut.set(number, "Lapsed " + s, DeadlineKind.REPORT, yesterday, null, null, null, List.of())
            .id();

    assertThat(cut.overdue(500))
        .as("R5: both overdue, shown until someone acts")
        .extracting(DeadlineView::title)
        .contains("Late " + s, "Lapsed " + s);

    cut.extend(
        late,
        cut.deadline(late).orElseThrow().version(),
        ZonedDateTime.now(NEW_YORK).plusDays(3),
        "More time agreed");
    cut.close(lapsed, cut.deadline(lapsed).orElseThrow().version(), DeadlineStatus.MISSED, null);

    assertThat(cut.overdue(500))
        .extracting(DeadlineView::title)
        .doesNotContain("Late " + s, "Lapsed " + s);
    assertThat(cut.upcoming(Duration.ofDays(14), 500))
        .extracting(DeadlineView::title)
        .contains("Late " + s);
    assertThat(cut.deadline(late).orElseThrow().extensions())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("More time agreed"));
  }

  @Test
  void anUltimatumKeepsItsZoneAndConsequencesAndShowsAmongUpcomingDeadlines() {
    ZonedDateTime due =
        ZonedDateTime.now(NEW_YORK)
            .plusDays(2)
            .withHour(17)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    cut.set(
        number,
        "Signed document " + s,
        DeadlineKind.ULTIMATUM,
        due,
        dod,
        vendor,
        "Grant full access",
        List.of("Defense Production Act invoked", "Supply chain risk"));
    cut.set(
        number, "Report " + s, DeadlineKind.REPORT, due.plusDays(30), null, null, null, List.of());

    List<DeadlineView> ofContract = cut.deadlinesOf(number);
    List<DeadlineView> upcoming = cut.upcoming(Duration.ofDays(14), 500);

    assertThat(ofContract)
        .extracting(DeadlineView::title)
        .containsExactly("Signed document " + s, "Report " + s);
    DeadlineView ultimatum = ofContract.get(0);
    assertThat(ultimatum.dueInStatedZone().toLocalTime()).hasToString("17:00");
    assertThat(ultimatum.dueZone()).isEqualTo("America/New_York");
    assertThat(ultimatum.consequences())
        .containsExactly("Defense Production Act invoked", "Supply chain risk");
    assertThat(ultimatum.issuerName()).isEqualTo(dod);
    assertThat(upcoming)
        .extracting(DeadlineView::title)
        .contains("Signed document " + s)
        .doesNotContain("Report " + s);
  }

  @Test
  void anUnknownPartyOnADeadlineIsRefusedAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                cut.set(
                    number,
                    "X",
                    DeadlineKind.RESPONSE,
                    ZonedDateTime.now(NEW_YORK),
                    "Nobody " + s,
                    null,
                    null,
                    List.of()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Unknown party: Nobody " + s);
    assertThat(cut.deadlinesOf(number)).isEmpty();
  }
}
