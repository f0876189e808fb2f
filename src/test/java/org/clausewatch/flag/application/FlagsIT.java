package org.clausewatch.flag.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.contract.domain.Urgency;
import org.clausewatch.deadline.application.DeadlineChange;
import org.clausewatch.deadline.application.DeadlineDetails;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.NewObligation;
import org.clausewatch.deadline.application.ObligationChange;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.flag.domain.FlagView;
import org.clausewatch.flag.domain.Severity;
import org.clausewatch.flag.domain.UrgentContract;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.StatementCount;
import org.clausewatch.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flags against the real database: raised, refreshed and removed when their facts change, by the
 * application or by SQL; time-based ones when the clock crosses a lead time; dismissed with a
 * reason until the evidence changes; read in a bounded number of statements.
 */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class FlagsIT {

  /** A CUAD governing-law sentence (CC BY 4.0, The Atticus Project), in a clause of ours. */
  static final String GOVERNING_LAW =
      "Delivery terms are set out in the second exhibit. This Agreement will be governed and construed in"
          + " accordance with the laws of the State of California without giving effect to"
          + " conflict of laws principles.";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(FlagsIT.class);
  }

  @Inject FlagService cut;
  @Inject FlagCatchUp catchUp;
  @Inject FlagWork work;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject DeadlineService deadlines;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  private String s;
  private String number;

  @BeforeEach
  void contractWithAGoverningLawClause() {
    s = TestDatabase.uniqueSuffix();
    parties.register("Flag Agency " + s, PartyKind.GOVERNMENT_AGENCY);
    parties.register("Flag Vendor " + s, PartyKind.COMPANY);
    number = "FLG-" + s;
    contracts.register(
        NewContract.simple(
            number,
            "Flagged " + s,
            ContractType.OTHER,
            "Flag Agency " + s,
            "Flag Vendor " + s,
            new BigDecimal("1000"),
            "USD"));
    clauses.append(number, "I-9", null, "Law", GOVERNING_LAW, ClauseCategory.OTHER);
  }

  private List<FlagView> flags(String rule) {
    return cut.flagsOf(number).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** This test's contracts in the list filtered by "needs attention". */
  private List<org.clausewatch.contract.domain.ContractSummary> needingAttention() {
    return contracts
        .browse(ContractQuery.builder().text(s).attentionOnly(true).build(), PageRequest.first(5))
        .items();
  }

  private List<String> listedWith(String flag) {
    catchUp.catchUp(Instant.now());
    return contracts
        .browse(ContractQuery.builder().text(s).flag(flag).build(), PageRequest.first(10))
        .items()
        .stream()
        .map(c -> c.number())
        .toList();
  }

  @Test
  void aCategoryFoundByItsTrainedModelIsFlaggedWithTheWordsMarked() {
    // A CUAD anti-assignment sentence (CC BY 4.0, The Atticus Project; held-out contract
    // ConformisInc_20191101_10-Q_EX-10.6 Development Agreement), in a clause of ours.
    clauses.append(
        number,
        "I-10",
        null,
        "Assignment",
        "Any assignment not in accordance with this Section 10.2 shall be void.",
        ClauseCategory.OTHER);

    FlagView assignment = flags("TEXT_ANTI_ASSIGNMENT").get(0);
    assertThat(assignment.explanation())
        .isEqualTo(
            "Clause I-10 (\u201cAssignment\u201d): assignment needs consent, in the words marked.");
    assertThat(assignment.words())
        .isEqualTo("assignment not in accordance with this Section 10.2 shall be void");
    assertThat(listedWith("TEXT_ANTI_ASSIGNMENT")).containsExactly(number);
  }

  @Test
  void aClauseTextFlagShowsItsEvidenceAndGoesWhenTheWordsDo() {
    FlagView law = flags("TEXT_GOVERNING_LAW").get(0);
    assertThat(law.explanation())
        .isEqualTo("Clause I-9 (\u201cLaw\u201d): governing law, in the words marked.");
    assertThat(law.evidence())
        .startsWith("This Agreement will be governed")
        .endsWith("principles.");
    assertThat(law.words()).isEqualTo("construed in accordance with the laws of");
    assertThat(law.attention()).as("a clause category informs, it does not alarm").isFalse();
    assertThat(listedWith("TEXT_GOVERNING_LAW")).containsExactly(number);

    long version = clauses.clause(number, "I-9").orElseThrow().version();
    clauses.correct(
        number, "I-9", version, "Law", "Delivery terms are set out in the second exhibit.", "Typo");

    assertThat(flags("TEXT_GOVERNING_LAW")).as("recomputed on change").isEmpty();
    assertThat(listedWith("TEXT_GOVERNING_LAW")).isEmpty();
  }

  @Test
  void aDismissalHoldsUntilTheEvidenceChangesAndIsKeptWithItsReason() {
    FlagView law = flags("TEXT_GOVERNING_LAW").get(0);
    assertThatThrownBy(() -> cut.dismiss(law.id(), law.version(), "  "))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Say why the flag does not matter.");

    cut.dismiss(law.id(), law.version(), "California law is agreed.");

    FlagView dismissed = flags("TEXT_GOVERNING_LAW").get(0);
    assertThat(dismissed.dismissed()).isTrue();
    assertThat(dismissed.dismissalReason()).isEqualTo("California law is agreed.");
    assertThat(dismissed.dismissedBy()).isEqualTo("it-all-roles");
    assertThat(listedWith("TEXT_GOVERNING_LAW")).as("dismissed flags do not filter").isEmpty();
    assertThatThrownBy(() -> cut.dismiss(law.id(), law.version(), "Again"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("changed meanwhile");

    long version = clauses.clause(number, "I-9").orElseThrow().version();
    clauses.correct(
        number,
        "I-9",
        version,
        "Law",
        GOVERNING_LAW.replace("California", "New York"),
        "Parties agreed New York law");

    FlagView back = flags("TEXT_GOVERNING_LAW").get(0);
    assertThat(back.dismissed()).as("new evidence: the dismissal no longer holds").isFalse();
    assertThat(back.evidence()).contains("New York");
    assertThat(listedWith("TEXT_GOVERNING_LAW")).containsExactly(number);
    assertThat(
            count(
                "select count(*) from flag_dismissal_aud a join flag_dismissal d on d.id = a.id"
                    + " where d.contract_id = (select id from contract where number = '"
                    + number
                    + "') and a.reason = 'California law is agreed.'"))
        .as("the dismissal is audited and kept")
        .isEqualTo(1);
  }

  @Test
  void aDeadlineIsFlaggedWhenTheClockEntersItsLeadTimeAndAgainWhenItIsOverdue() throws Exception {
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(30);
    long id =
        deadlines
            .set(number, "Report Q4", DeadlineKind.REPORT, due, null, null, null, List.of())
            .id();
    assertThat(flags("DEADLINE_DUE_SOON")).as("30 days out, lead time 7 days").isEmpty();

    // The lead time (7 days, V7's trigger) starts two seconds from now: only the clock can raise
    // the flag.
    Instant soon = Instant.now().plusSeconds(2);
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement("update deadline set due_at = ? where id = ?")) {
      st.setTimestamp(1, Timestamp.from(soon.plus(Duration.ofDays(7))));
      st.setLong(2, id);
      st.executeUpdate();
    }
    catchUp.catchUp(Instant.now());
    assertThat(listedWith("DEADLINE_DUE_SOON")).isEmpty();
    Thread.sleep(Duration.between(Instant.now(), soon).toMillis() + 200);

    assertThat(listedWith("DEADLINE_DUE_SOON"))
        .as("the flag job queued it because its lead time began")
        .containsExactly(number);
    assertThat(flags("DEADLINE_DUE_SOON").get(0).explanation())
        .startsWith("Report deadline \u201cReport Q4\u201d is due ")
        .endsWith(", inside its lead time of 7 days.");
    assertThat(needingAttention())
        .singleElement()
        .satisfies(c -> assertThat(c.deadlineDue()).isTrue());
  }

  @Test
  void aConsequenceThreatenedLaterIsRecordedByAChangeAndFlaggedInItsWords() {
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(30).withNano(0);
    long id =
        deadlines
            .set(
                number, "Signed document", DeadlineKind.ULTIMATUM, due, null, null, null, List.of())
            .id();
    long before = deadlines.deadline(id).orElseThrow().version();
    assertThat(flags("THREATENED_CONSEQUENCES")).isEmpty();

    assertThatThrownBy(
            () ->
                deadlines.changeDeadline(
                    id,
                    before + 1,
                    new DeadlineChange("Stale", null, null, null, null, List.of("Cancelled"))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Someone else changed this deadline meanwhile");
    assertThatThrownBy(
            () ->
                deadlines.changeDeadline(
                    id,
                    before,
                    new DeadlineChange(
                        "Half-saved", "No such party " + s, null, null, null, List.of("X"))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Unknown party");
    assertThatThrownBy(
            () ->
                deadlines.changeDeadline(
                    id,
                    before,
                    new DeadlineChange(
                        "Half-saved",
                        null,
                        null,
                        null,
                        due.toLocalDateTime().plusDays(1),
                        List.of("X"))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("issued after it is due");
    assertThat(deadlines.deadline(id).orElseThrow())
        .as("a refused change saves none of its fields")
        .satisfies(
            d -> {
              assertThat(d.version()).isEqualTo(before);
              assertThat(d.title()).isEqualTo("Signed document");
              assertThat(d.consequences()).isEmpty();
            });

    LocalDateTime issued = due.toLocalDateTime().minusDays(3).withNano(0);
    deadlines.changeDeadline(
        id,
        before,
        new DeadlineChange(
            "Signed document granting unrestricted access",
            "Flag Agency " + s,
            "Flag Vendor " + s,
            "Agree to all lawful uses",
            issued,
            List.of("Defense Production Act invoked", " ", "Designated a supply chain risk")));

    assertThat(deadlines.deadline(id).orElseThrow())
        .satisfies(
            d -> {
              assertThat(d.title()).isEqualTo("Signed document granting unrestricted access");
              assertThat(d.issuerName()).isEqualTo("Flag Agency " + s);
              assertThat(d.responsibleName()).isEqualTo("Flag Vendor " + s);
              assertThat(d.demandedAction()).isEqualTo("Agree to all lawful uses");
              assertThat(d.issued().toLocalDateTime()).isEqualTo(issued);
              assertThat(d.issued().getZone()).isEqualTo(ZoneId.of("America/New_York"));
              assertThat(d.consequences())
                  .containsExactly(
                      "Defense Production Act invoked", "Designated a supply chain risk");
              assertThat(d.due()).as("its time moves only by an extension").isEqualTo(due);
            });
    assertThat(flags("THREATENED_CONSEQUENCES"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.explanation())
                    .isEqualTo(
                        "Flag Agency "
                            + s
                            + " names what follows if the ultimatum \u201cSigned document"
                            + " granting unrestricted access\u201d is not met: Defense Production"
                            + " Act invoked; Designated a supply chain risk."));
  }

  @Test
  void anObligationWithPastOccurrencesNobodySettledNeedsAttentionUntilTheyAreSettled() {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(60);
    long id = fourWeeklyReport(first, "I-9");

    assertThat(listedWith("OBLIGATION_OVERDUE")).containsExactly(number);
    assertThat(flags("OBLIGATION_OVERDUE"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.attention()).isTrue();
              assertThat(f.clauseNumber()).isEqualTo("I-9");
              assertThat(f.explanation())
                  .isEqualTo(
                      "Obligation \u201cFour-weekly report "
                          + s
                          + "\u201d, owed by Flag Vendor "
                          + s
                          + ", has 3 occurrences due and not settled, from "
                          + day(first)
                          + " to "
                          + day(first.plusDays(56))
                          + ".");
            });
    assertThat(needingAttention())
        .singleElement()
        .satisfies(c -> assertThat(c.deadlineDue()).as("shown as a date passed").isTrue());

    deadlines.settle(id, version(id), first, OccurrenceOutcome.FULFILLED, null);
    deadlines.settle(id, version(id), first.plusDays(28), OccurrenceOutcome.WAIVED, "Merged");
    assertThat(flags("OBLIGATION_OVERDUE"))
        .extracting(FlagView::explanation)
        .singleElement()
        .asString()
        .endsWith(", was due " + day(first.plusDays(56)) + " and is not settled.");

    deadlines.settle(id, version(id), first.plusDays(56), OccurrenceOutcome.MISSED, "Not sent");
    assertThat(flags("OBLIGATION_OVERDUE")).isEmpty();
    assertThat(listedWith("OBLIGATION_OVERDUE")).isEmpty();
  }

  @Test
  void anEndedObligationOwesNothingAfterItsLastDayAndItsFlagSaysSo() {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(60);
    long id = fourWeeklyReport(first, null);
    long before = version(id);
    assertThatThrownBy(
            () -> deadlines.endObligation(id, before + 1, first.plusDays(28), "Terminated"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("changed this obligation meanwhile");
    assertThatThrownBy(() -> deadlines.endObligation(id, before, first.plusDays(28), " "))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Say why the obligation ends");
    assertThat(version(id)).as("nothing changed").isEqualTo(before);

    deadlines.endObligation(id, before, first.plusDays(28), "Contract terminated " + s);

    assertThat(flags("OBLIGATION_OVERDUE"))
        .extracting(FlagView::explanation)
        .singleElement()
        .asString()
        .endsWith(
            ", has 2 occurrences due and not settled, from "
                + day(first)
                + " to "
                + day(first.plusDays(28))
                + ".");
    ObligationView ended = obligation(id);
    assertThat(ended.ended().lastOwed()).isEqualTo(first.plusDays(28));
    assertThat(ended.ended().reason()).isEqualTo("Contract terminated " + s);
    assertThat(ended.ended().by()).as("the caller").isEqualTo("it-all-roles");
    assertThat(ended.endable()).isFalse();
    assertThat(ended.occurrences())
        .extracting(ObligationView.OccurrenceLine::date)
        .containsExactly(first, first.plusDays(28));

    deadlines.settle(id, version(id), first, OccurrenceOutcome.FULFILLED, null);
    deadlines.settle(id, version(id), first.plusDays(28), OccurrenceOutcome.WAIVED, null);
    assertThat(flags("OBLIGATION_OVERDUE")).as("nothing later is owed").isEmpty();

    long afterEnd = version(id);
    assertThatThrownBy(() -> deadlines.reopenObligation(id, afterEnd - 1, "Ended by mistake"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("changed this obligation meanwhile");
    assertThatThrownBy(() -> deadlines.reopenObligation(id, afterEnd, " "))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Say why the obligation is owed again");
    assertThat(obligation(id).ended()).as("a refused reopening leaves the end").isNotNull();
    deadlines.reopenObligation(id, afterEnd, "Ended by mistake " + s);
    assertThat(obligation(id))
        .satisfies(
            o -> {
              assertThat(o.ended()).isNull();
              assertThat(o.reopened().reason()).isEqualTo("Ended by mistake " + s);
              assertThat(o.reopened().by()).as("the caller").isEqualTo("it-all-roles");
              assertThat(o.recurrence()).isEqualTo("FREQ=WEEKLY;INTERVAL=4");
              assertThat(o.endable()).isTrue();
            });
    assertThat(flags("OBLIGATION_OVERDUE"))
        .as("owed again after the day it had ended")
        .extracting(FlagView::explanation)
        .singleElement()
        .asString()
        .endsWith(", was due " + day(first.plusDays(56)) + " and is not settled.");
    assertThatThrownBy(() -> deadlines.reopenObligation(id, version(id), "Again"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("nothing to reopen");
  }

  @Test
  void aCorrectedObligationIsFlaggedInItsNewWordsAndAMovedDueDateIsNoLongerOverdue() {
    LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(10);
    long id =
        deadlines.createObligation(
            number,
            new NewObligation("Flag Vendor " + s, "Model card " + s, null, null, due, null));
    long before = version(id);
    assertThat(flags("OBLIGATION_OVERDUE")).hasSize(1);

    assertThatThrownBy(
            () ->
                deadlines.changeObligation(
                    id,
                    before + 1,
                    new ObligationChange("Flag Agency " + s, "Stale " + s, null, null, null)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("changed this obligation meanwhile");
    assertThatThrownBy(
            () ->
                deadlines.changeObligation(
                    id,
                    before,
                    new ObligationChange(
                        "Flag Agency " + s, "Half-saved " + s, "J. Doe", "Z-99", null)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("has no clause Z-99");
    assertThat(obligation(id))
        .as("a refused change saves none of its fields")
        .satisfies(
            o -> {
              assertThat(o.version()).isEqualTo(before);
              assertThat(o.description()).isEqualTo("Model card " + s);
              assertThat(o.owingPartyName()).isEqualTo("Flag Vendor " + s);
              assertThat(o.responsiblePerson()).isNull();
            });

    deadlines.changeObligation(
        id,
        before,
        new ObligationChange(
            "Flag Agency " + s, " Model and system card " + s, "J. Doe", "I-9", due));

    assertThat(obligation(id))
        .satisfies(
            o -> {
              assertThat(o.description()).isEqualTo("Model and system card " + s);
              assertThat(o.owingPartyName()).isEqualTo("Flag Agency " + s);
              assertThat(o.responsiblePerson()).isEqualTo("J. Doe");
              assertThat(o.sourceClauseNumber()).isEqualTo("I-9");
              assertThat(o.dueDate()).isEqualTo(due);
            });
    assertThat(flags("OBLIGATION_OVERDUE"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.explanation())
                  .startsWith(
                      "Obligation \u201cModel and system card "
                          + s
                          + "\u201d, owed by Flag Agency "
                          + s);
              assertThat(f.clauseNumber()).isEqualTo("I-9");
            });

    deadlines.changeObligation(
        id,
        version(id),
        new ObligationChange(
            "Flag Agency " + s, "Model and system card " + s, "J. Doe", "I-9", due.plusDays(20)));

    assertThat(obligation(id).dueDate()).isEqualTo(due.plusDays(20));
    assertThat(flags("OBLIGATION_OVERDUE")).as("due in ten days").isEmpty();
    assertThat(listedWith("OBLIGATION_OVERDUE")).isEmpty();
    deadlines.settle(id, version(id), due.plusDays(20), OccurrenceOutcome.FULFILLED, null);
    assertThatThrownBy(
            () ->
                deadlines.changeObligation(
                    id,
                    version(id),
                    new ObligationChange(
                        "Flag Agency " + s, "Model and system card " + s, null, null, due)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("met already");
    assertThat(obligation(id))
        .as("rolled back whole")
        .satisfies(
            o -> {
              assertThat(o.dueDate()).isEqualTo(due.plusDays(20));
              assertThat(o.responsiblePerson()).isEqualTo("J. Doe");
              assertThat(o.sourceClauseNumber()).isEqualTo("I-9");
            });
  }

  @Test
  void whenADayBeginsContractsWithOpenObligationsAreLookedAtAgain() throws Exception {
    deadlines.createObligation(
        number,
        new NewObligation(
            "Flag Agency " + s,
            "Pay invoice " + s,
            null,
            null,
            LocalDate.now(ZoneOffset.UTC).minusDays(1),
            null));
    assertThat(listedWith("OBLIGATION_OVERDUE")).containsExactly(number);
    // As if the flag had been computed yesterday, when the occurrence was not yet overdue, and the
    // job last looked at the clock then.
    try (Connection c = db.getConnection();
        PreparedStatement gone =
            c.prepareStatement(
                "delete from flag where rule = 'OBLIGATION_OVERDUE' and contract_id = (select id"
                    + " from contract where number = ?)");
        PreparedStatement yesterday =
            c.prepareStatement("update flag_clock set checked_until = now() - interval '1 day'")) {
      gone.setString(1, number);
      gone.executeUpdate();
      yesterday.executeUpdate();
    }

    assertThat(listedWith("OBLIGATION_OVERDUE"))
        .as("the day that began since queued the contract")
        .containsExactly(number);
  }

  private long version(long obligationId) {
    return obligation(obligationId).version();
  }

  private ObligationView obligation(long obligationId) {
    return deadlines.obligationOf(number, obligationId).orElseThrow();
  }

  /** The vendor's four-weekly report from {@code first}, from clause {@code source} (or none). */
  private long fourWeeklyReport(LocalDate first, String source) {
    return deadlines.createObligation(
        number,
        new NewObligation(
            "Flag Vendor " + s,
            "Four-weekly report " + s,
            null,
            source,
            first,
            "FREQ=WEEKLY;INTERVAL=4"));
  }

  private static String day(LocalDate date) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
        .format(date);
  }

  @Test
  void factsWrittenInSqlAreFlaggedToo() throws Exception {
    Sql.update(
        db,
        "update clause set text = 'No governing law here.' where number = 'I-9' and"
            + " contract_id = (select id from contract where number = ?)",
        number);
    assertThat(listedWith("TEXT_GOVERNING_LAW")).isEmpty();
  }

  @Test
  void flagsStoredByOtherDetectorsAreRecomputedWithThisReleasesOnce() throws Exception {
    assertThat(listedWith("TEXT_GOVERNING_LAW")).containsExactly(number);
    // As after upgrading from a release whose detectors did not find this clause's category.
    try (Connection c = db.getConnection();
        PreparedStatement older =
            c.prepareStatement("update flag_detectors set version = 'an older release'");
        PreparedStatement missing =
            c.prepareStatement(
                "delete from flag where rule = 'TEXT_GOVERNING_LAW' and contract_id = (select id"
                    + " from contract where number = ?)")) {
      older.executeUpdate();
      missing.setString(1, number);
      missing.executeUpdate();
    }
    assertThat(listedWith("TEXT_GOVERNING_LAW")).isEmpty();

    assertThat(work.queueAllIfDetectorsChanged()).isPositive();
    assertThat(listedWith("TEXT_GOVERNING_LAW")).containsExactly(number);
    assertThat(work.queueAllIfDetectorsChanged()).isZero();
  }

  @Test
  void aContractsFlagsAreReadAndRecomputedInABoundedNumberOfStatements() {
    for (int i = 0; i < 30; i++) {
      clauses.append(
          number, "I-" + (100 + i), null, "Law " + i, GOVERNING_LAW, ClauseCategory.OTHER);
    }
    StatementCount.Counted<List<FlagView>> first = StatementCount.during(() -> cut.flagsOf(number));
    List<FlagView> all = first.result();

    assertThat(all).filteredOn(f -> f.rule().equals("TEXT_GOVERNING_LAW")).hasSize(31);
    assertThat(first.statements())
        .as(
            "queued by the new clauses: contract, staleness, lock, stored flags, facts, writes, the"
                + " view; ids for the 31 new flags come from the server's shared pool of 50"
                + " (flag_seq), one fetch or two, depending on what others took from it")
        .isLessThanOrEqualTo(14);

    catchUp.catchUp(Instant.now());
    StatementCount.Counted<List<FlagView>> again = StatementCount.during(() -> cut.flagsOf(number));
    assertThat(again.result()).hasSize(all.size());
    assertThat(again.statements())
        .as("nothing changed since the flags were computed: contract, staleness, the view")
        .isLessThanOrEqualTo(3);
    assertThat(again.entitiesWritten()).as("a plain view writes nothing").isZero();
  }

  /** Another contract of this test's parties, numbered {@code FLG-<tag>-<suffix>}. */
  private String contract(String tag) {
    String other = "FLG-" + tag + "-" + s;
    contracts.register(
        NewContract.simple(
            other,
            "Urgent " + tag + " " + s,
            ContractType.OTHER,
            "Flag Agency " + s,
            "Flag Vendor " + s,
            new BigDecimal("1000"),
            "USD"));
    return other;
  }

  @Test
  void aContractsFlagsComeMostSevereFirstThenSoonestDue() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York")).withNano(0);
    deadlines.set(
        number,
        "Report Q1",
        DeadlineKind.REPORT,
        now.plusDays(30),
        "Flag Agency " + s,
        null,
        null,
        List.of("Payment withheld"));
    deadlines.set(
        number, "Sign", DeadlineKind.ULTIMATUM, now.plusDays(2), null, null, null, List.of());
    deadlines.set(
        number, "Report Q4", DeadlineKind.REPORT, now.minusDays(1), null, null, null, List.of());

    assertThat(cut.flagsOf(number))
        .extracting(FlagView::rule, FlagView::severity)
        .as("high before medium before low (not by the severity's name), the earlier due first")
        .containsExactly(
            tuple("DEADLINE_OVERDUE", Severity.HIGH),
            tuple("DEADLINE_DUE_SOON", Severity.HIGH),
            tuple("THREATENED_CONSEQUENCES", Severity.MEDIUM),
            tuple("TEXT_GOVERNING_LAW", Severity.LOW));
  }

  /** This test's contract as a row of the list. */
  private ContractSummary row() {
    return contracts
        .browse(ContractQuery.builder().text(number).build(), PageRequest.first(1))
        .items()
        .get(0);
  }

  @Test
  void aContractsUrgencyIsItsMostUrgentFlagsAndFollowsDismissalsExtensionsAndClosing() {
    assertThat(row().urgency())
        .as("a clause category does not ask for attention")
        .isEqualTo(Urgency.NONE);
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("America/New_York")).withNano(0).plusDays(2);
    Deadline sign =
        deadlines.set(
            number,
            "Sign by Friday",
            DeadlineKind.ULTIMATUM,
            due,
            "Flag Agency " + s,
            null,
            null,
            List.of("Designated a supply chain risk"));
    catchUp.catchUp(Instant.now());

    ContractSummary high = row();
    assertThat(high.urgencyLevel()).isEqualTo(Urgency.Level.HIGH);
    assertThat(high.urgency())
        .as("PostgreSQL's key (V35) is the one Java computes for the deadline due soon")
        .isEqualTo(Urgency.of(Urgency.Level.HIGH, due.toInstant()));
    assertThat(Urgency.due(high.urgency())).contains(due.toInstant());

    FlagView soon = flags("DEADLINE_DUE_SOON").get(0);
    cut.dismiss(soon.id(), soon.version(), "Answered by phone.");
    FlagView threat = flags("THREATENED_CONSEQUENCES").get(0);
    assertThat(threat.severity()).as("threatened for a time that is near").isEqualTo(Severity.HIGH);
    assertThat(row().urgency())
        .as("the deadline dismissed: the consequences it threatens are as urgent")
        .isEqualTo(Urgency.of(Urgency.Level.HIGH, due.toInstant()));
    cut.dismiss(threat.id(), threat.version(), "Known to the programme office.");
    assertThat(row().needsAttention()).isFalse();
    assertThat(row().urgency()).isEqualTo(Urgency.NONE);

    ZonedDateTime later = due.plusDays(1);
    deadlines.extend(sign.id(), sign.version(), later, "Granted a day");
    catchUp.catchUp(Instant.now());
    assertThat(row().urgency())
        .as("a new due time is new evidence: the dismissal ends, the new time counts")
        .isEqualTo(Urgency.of(Urgency.Level.HIGH, later.toInstant()));

    DeadlineDetails extended = deadlines.deadline(sign.id()).orElseThrow();
    deadlines.close(extended.id(), extended.version(), DeadlineStatus.MET, "Signed");
    catchUp.catchUp(Instant.now());
    assertThat(row().urgency())
        .as("its flags removed with the deadline closed")
        .isEqualTo(Urgency.NONE);
  }

  /**
   * Two transactions write flags of one contract at once; the second waits for the first's lock on
   * the contract (V35) and then reads the flags as the first committed them. Were it to read them
   * as they stood when it began, the contract would keep only the second's (low) urgency.
   */
  @Test
  void twoTransactionsWritingOneContractsFlagsAtOnceLeaveTheUrgencyOfBoth() throws Exception {
    clauses.append(number, "I-11", null, "Law again", GOVERNING_LAW, ClauseCategory.OTHER);
    catchUp.catchUp(Instant.now());
    List<Long> ids = flags("TEXT_GOVERNING_LAW").stream().map(FlagView::id).toList();
    assertThat(ids).hasSize(2);
    assertThat(row().urgency()).isEqualTo(Urgency.NONE);

    try (Connection first = db.getConnection();
        Connection second = db.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      askForAttention(first, ids.get(0), "MEDIUM");
      long secondPid = backendPid(second);
      CompletableFuture<Void> secondWrite =
          CompletableFuture.runAsync(
              () -> {
                try {
                  askForAttention(second, ids.get(1), "LOW");
                  second.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      Sql.awaitWaitingForALock(db, "pid = ?", secondPid);
      assertThat(secondWrite).as("the second writer waits for the first").isNotDone();
      first.commit();
      secondWrite.get(20, TimeUnit.SECONDS);
    }

    assertThat(row().urgency())
        .as("the first writer's medium flag, committed while the second waited, counts")
        .isEqualTo(Urgency.of(Urgency.Level.MEDIUM, null));
  }

  private static void askForAttention(Connection c, long flag, String severity)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("update flag set attention = true, severity = ? where id = ?")) {
      st.setString(1, severity);
      st.setLong(2, flag);
      assertThat(st.executeUpdate()).isOne();
    }
  }

  private static long backendPid(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("select pg_backend_pid()");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theContractsThatNeedAttentionComeMostUrgentFirstEachWithItsMostUrgentReason() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York")).withNano(0);
    String overdue = contract("A");
    deadlines.set(
        overdue,
        "Sign by yesterday",
        DeadlineKind.ULTIMATUM,
        now.minusDays(1),
        "Flag Agency " + s,
        null,
        null,
        List.of("Designated a supply chain risk"));
    String report = contract("C");
    deadlines.set(
        report,
        "Quarterly report",
        DeadlineKind.REPORT,
        now.plusDays(3),
        null,
        null,
        null,
        List.of());
    String soon = contract("B");
    deadlines.set(
        soon,
        "Sign by Friday",
        DeadlineKind.ULTIMATUM,
        now.plusDays(2),
        null,
        null,
        null,
        List.of());
    String owed = contract("D");
    deadlines.createObligation(
        owed,
        new NewObligation(
            "Flag Vendor " + s,
            "Security plan " + s,
            null,
            null,
            LocalDate.now(ZoneOffset.UTC).minusDays(10),
            null));
    String dismissed = contract("E");
    deadlines.set(
        dismissed,
        "Answer by tomorrow",
        DeadlineKind.ULTIMATUM,
        now.plusDays(1),
        null,
        null,
        null,
        List.of());
    FlagView answer =
        cut.flagsOf(dismissed).stream()
            .filter(f -> f.rule().equals("DEADLINE_DUE_SOON"))
            .findFirst()
            .orElseThrow();
    cut.dismiss(answer.id(), answer.version(), "Answered by phone.");
    catchUp.catchUp(Instant.now());

    List<UrgentContract> ours =
        cut.mostUrgent(100_000).stream()
            .filter(u -> u.reason().contractNumber().endsWith("-" + s))
            .toList();

    assertThat(ours)
        .extracting(u -> u.reason().contractNumber(), u -> u.reason().severity())
        .as(
            "high first, the overdue before the one due soon; then medium, the obligation owed"
                + " for ten days before the report due in three; the dismissed one and the one"
                + " with only a clause flag are not listed")
        .containsExactly(
            tuple(overdue, Severity.HIGH),
            tuple(soon, Severity.HIGH),
            tuple(owed, Severity.MEDIUM),
            tuple(report, Severity.MEDIUM));
    assertThat(ours.get(0).reason().rule()).isEqualTo("DEADLINE_OVERDUE");
    assertThat(ours.get(0).reason().explanation())
        .startsWith("Ultimatum \u201cSign by yesterday\u201d was due ");
    assertThat(ours.get(0).otherReasons()).as("the consequences threatened").isEqualTo(1);
    assertThat(ours.get(0).reason().vendorName()).isEqualTo("Flag Vendor " + s);
    assertThat(ours.get(2).reason().explanation())
        .startsWith("Obligation \u201cSecurity plan " + s + "\u201d, owed by Flag Vendor " + s);

    List<ContractSummary> sorted =
        contracts
            .browse(
                ContractQuery.builder()
                    .text(s)
                    .sort(ContractSortField.URGENCY, SortDirection.ASCENDING)
                    .build(),
                PageRequest.first(10))
            .items();
    assertThat(sorted.subList(0, 4))
        .extracting(ContractSummary::number, ContractSummary::urgencyLevel)
        .as("the list sorted by urgency: the overview's order")
        .containsExactly(
            tuple(overdue, Urgency.Level.HIGH),
            tuple(soon, Urgency.Level.HIGH),
            tuple(owed, Urgency.Level.MEDIUM),
            tuple(report, Urgency.Level.MEDIUM));
    assertThat(sorted.subList(4, sorted.size()))
        .extracting(ContractSummary::number, ContractSummary::urgencyLevel)
        .as("then those that need no attention")
        .containsExactlyInAnyOrder(tuple(dismissed, null), tuple(number, null));

    List<UrgentContract> all = cut.mostUrgent(100_000);
    StatementCount.Counted<List<UrgentContract>> ten =
        StatementCount.during(() -> cut.mostUrgent(10));
    assertThat(ten.result())
        .as("the first ten of all, however many other tests left (at least our four)")
        .isEqualTo(all.subList(0, Math.min(10, all.size())));
    assertThat(ten.statements()).as("the order, the reasons").isEqualTo(2);
    assertThat(ten.entitiesLoaded()).as("rows, not entities").isZero();
  }

  private long count(String sql) {
    try (Connection c = db.getConnection();
        var st = c.createStatement();
        var r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
