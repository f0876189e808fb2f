package org.clausewatch.dispute.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.dispute.domain.DisputeState;
import org.clausewatch.dispute.domain.DisputeView;
import org.clausewatch.dispute.domain.PositionState;
import org.clausewatch.dispute.domain.PositionView;
import org.clausewatch.dispute.domain.Resolution;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
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

/** Positions and the disputes they add up to, against the real database (R1-R4). */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class DisputesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(DisputesIT.class);
  }

  @Inject DisputeService cut;
  @Inject org.clausewatch.flag.application.FlagService flags;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

  private String s;
  private String number;
  private String dod;
  private String vendor;
  private long restriction;
  private long clauseId;

  @BeforeEach
  void contractWithARestriction() {
    s = TestDatabase.uniqueSuffix();
    dod = "Department " + s;
    vendor = "AI Lab " + s;
    parties.register(dod, PartyKind.GOVERNMENT_AGENCY);
    parties.register(vendor, PartyKind.COMPANY);
    number = "DSP-" + s;
    contracts.register(
        NewContract.simple(
            number,
            "Frontier AI " + s,
            ContractType.OTHER,
            dod,
            vendor,
            new BigDecimal("200000000"),
            "USD"));
    clauseId =
        clauses
            .append(
                number,
                "H-2",
                null,
                "Meaningful human involvement in targeting",
                "No final targeting decisions without meaningful human involvement.",
                ClauseCategory.USAGE_RESTRICTION)
            .id();
    restriction =
        restrictions.restrict(number, "H-2", "Final targeting without human involvement", null);
  }

  private long say(String party, Stance stance) {
    return cut.recordPosition(
        number, "H-2", restriction, party, stance, "Says so.", TUESDAY, "Meeting");
  }

  private TermView term() {
    return cut.termsOfClause(clauseId, List.of(restriction)).get(restriction);
  }

  /** The explanations of the contract's "disputed term" flags. */
  private List<String> disputedTerms() {
    return flags.flagsOf(number).stream()
        .filter(f -> f.rule().equals("TERM_DISPUTED"))
        .map(org.clausewatch.flag.domain.FlagView::explanation)
        .toList();
  }

  @Test
  void disagreeingStancesOpenOneDisputeWithAnExplanationAndAnAlertDecision() throws SQLException {
    say(vendor, Stance.ACCEPTS);
    assertThat(term().disputed()).as("one stance: awaiting").isFalse();
    long rejection = say(dod, Stance.REJECTS);

    TermView term = term();
    assertThat(term.disputed()).as("R2 computed").isTrue();
    assertThat(term.openDispute().explanation())
        .isEqualTo(vendor + " accepts; " + dod + " rejects.");
    assertThat(term.openDispute().state()).isEqualTo(DisputeState.OPEN);
    assertThat(count("select count(*) from dispute where restriction_id = " + restriction))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from dispute where opened_by_position_id = "
                    + rejection
                    + " and restriction_id = "
                    + restriction))
        .as("opened by the Department's rejection")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from alert_event where kind = 'DISPUTED' and restriction_id = "
                    + restriction))
        .as("alerts decided in the same transaction, once")
        .isEqualTo(1);
    assertThat(disputedTerms())
        .as("the flag reads the computed dispute")
        .singleElement()
        .asString()
        .startsWith(
            "\u201cFinal targeting without human involvement\u201d (clause H-2) is disputed:");
  }

  @Test
  void aRevisionThatAgreesResolvesTheDisputeAndKeepsTheEarlierPositionInTheHistory() {
    say(vendor, Stance.ACCEPTS);
    long rejection = say(dod, Stance.REJECTS);

    long revised =
        cut.revisePosition(
            rejection, 0, Stance.ACCEPTS, "Agrees after all.", TUESDAY.plusDays(1), "Letter");

    TermView term = term();
    assertThat(term.disputed()).isFalse();
    assertThat(term.standing().kind().name()).isEqualTo("AGREED");
    DisputeView closed = term.disputes().get(0);
    assertThat(closed.state()).isEqualTo(DisputeState.RESOLVED);
    assertThat(closed.resolution()).isEqualTo(Resolution.POSITIONS_AGREE);
    assertThat(term.history())
        .filteredOn(p -> p.party().equals(dod))
        .extracting(PositionView::id, PositionView::state, PositionView::stance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(revised, PositionState.CURRENT, Stance.ACCEPTS),
            org.assertj.core.groups.Tuple.tuple(rejection, PositionState.REVISED, Stance.REJECTS));
  }

  @Test
  void aSecondRevisionFromAStalePageIsRefusedWithTheOtherChangeAndNothingIsLost() {
    say(vendor, Stance.ACCEPTS);
    long rejection = say(dod, Stance.REJECTS);
    cut.revisePosition(rejection, 0, Stance.ACCEPTS_WITH_CONDITIONS, "If reviewed.", TUESDAY, "A");

    assertThatThrownBy(
            () -> cut.revisePosition(rejection, 0, Stance.ACCEPTS, "Agrees.", TUESDAY, "B"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining(dod + " rejects, revised by it-all-roles");
    assertThat(term().latest())
        .extracting(PositionView::party, PositionView::stance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(vendor, Stance.ACCEPTS),
            org.assertj.core.groups.Tuple.tuple(dod, Stance.ACCEPTS_WITH_CONDITIONS));
    assertThatThrownBy(() -> say(vendor, Stance.REJECTS))
        .as("a party has one latest position per term")
        .hasMessageContaining("revise that one instead");
  }

  @Test
  void withdrawingTheDisagreeingPositionResolvesAsAWithdrawnDemand() {
    say(vendor, Stance.ACCEPTS);
    long rejection = say(dod, Stance.REJECTS);

    cut.withdrawPosition(rejection, 0);

    DisputeView closed = term().disputes().get(0);
    assertThat(closed.resolution()).isEqualTo(Resolution.WITHDRAWN_DEMAND);
    assertThat(term().latest()).extracting(PositionView::party).containsExactly(vendor);
  }

  @Test
  void legalStaffEscalateThenResolveByAModificationOfTheContract() {
    say(vendor, Stance.ACCEPTS);
    say(dod, Stance.REJECTS);
    DisputeView open = term().openDispute();

    cut.escalate(open.id(), open.version(), "To the General Counsel before Friday.");
    assertThatThrownBy(() -> cut.abandon(open.id(), open.version(), "Stale"))
        .hasMessageContaining("meanwhile (it is now escalated)");
    contracts.changeStatus(number, ContractStatus.ACTIVE);
    contracts.applyModification(
        number, "P00001", LocalDate.of(2026, 12, 1), "Human review added", BigDecimal.ZERO, null);
    assertThatThrownBy(
            () -> cut.resolveByModification(open.id(), open.version() + 1, "P00009", "x"))
        .hasMessage("Contract " + number + " has no modification P00009.");

    cut.resolveByModification(open.id(), open.version() + 1, "P00001", "Adds human review.");

    DisputeView resolved = term().disputes().get(0);
    assertThat(resolved.state()).isEqualTo(DisputeState.RESOLVED);
    assertThat(resolved.modificationNumber()).isEqualTo("P00001");
    assertThat(resolved.escalatedBy()).isEqualTo("it-all-roles");
    assertThat(disputedTerms()).isEmpty();
  }

  @Test
  void withdrawingTheRestrictionClosesItsDispute() {
    say(vendor, Stance.ACCEPTS);
    say(dod, Stance.REJECTS);

    restrictions.withdraw(restriction, 0);

    assertThat(term().disputes().get(0).resolution()).isEqualTo(Resolution.TERM_WITHDRAWN);
    assertThatThrownBy(() -> say(vendor, Stance.REJECTS)).hasMessageContaining("withdrawn");
  }

  @Test
  void onlyPartiesToTheContractTakePositionsAndTheClauseItselfIsATermToo() {
    assertThatThrownBy(() -> say("Somebody Else " + s, Stance.ACCEPTS))
        .hasMessage("Somebody Else " + s + " is not a party to contract " + number + ".");
    cut.recordPosition(number, "H-2", null, vendor, Stance.ACCEPTS, "Fine.", TUESDAY, "Letter");
    cut.recordPosition(
        number, "H-2", null, dod, Stance.PROPOSES_ALTERNATIVE, "Other words.", TUESDAY, "Letter");

    assertThat(cut.termsOfClause(clauseId, List.of()).get(0L).disputed()).isTrue();
    assertThat(term().disputed()).as("the restriction is another term").isFalse();
    assertThat(disputedTerms()).singleElement().asString().startsWith("Clause H-2 is disputed:");
  }

  @Test
  void aClausesTermsAreReadInTwoStatements() {
    say(vendor, Stance.ACCEPTS);
    say(dod, Stance.REJECTS);
    assertThat(StatementCount.of(() -> cut.termsOfClause(clauseId, List.of(restriction))))
        .as("no N+1")
        .isEqualTo(2);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
