package org.clausewatch.history.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.clausewatch.account.application.AccountService;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.history.domain.FieldChange;
import org.clausewatch.history.domain.HistoryRevision;
import org.clausewatch.history.domain.VersionChange;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.AccessDenied;
import org.clausewatch.shared.text.TextSegment;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail: each change is a revision with the right user and a field diff; audit rows
 * cannot be rewritten by the application's own database connection.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AuditTrailIT.class);
  }

  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject HistoryService history;
  @Inject RestrictionService restrictions;
  @Inject AccountService accounts;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource dataSource;

  @Test
  void eachChangeIsARevisionByItsUserWithOldAndNewValues() {
    String s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create(("audit-officer-" + s).toLowerCase(), "SECRET", "CONTRACTING_OFFICER");
    String corrector =
        TestUsers.create(("audit-corrector-" + s).toLowerCase(), "SECRET", "CONTRACTING_OFFICER");
    String number = "AU-" + s;
    Callers.as(
        officer,
        () -> {
          register("Audit", number, s);
          clauses.append(
              number,
              "H-1",
              null,
              "Prohibited uses",
              "The Contractor shall not permit use of the service for mass surveillance of"
                  + " Americans or for final targeting decisions without meaningful human"
                  + " involvement, under any circumstances whatsoever.",
              ClauseCategory.USAGE_RESTRICTION);
        });
    Callers.as(officer, () -> contracts.changeStatus(number, ContractStatus.NEGOTIATING));
    Callers.as(
        corrector,
        () ->
            clauses.correct(
                number,
                "H-1",
                0,
                "Prohibited uses",
                "The Contractor shall not permit use of the service for mass surveillance of"
                    + " Americans or for final targeting decisions without human review,"
                    + " under any circumstances whatsoever.",
                "Wording as signed"));

    assertThatThrownBy(
            () ->
                Callers.as(
                    corrector,
                    () ->
                        clauses.correct(
                            number, "H-1", 0, "Prohibited uses", "Stale wording.", "Typo")))
        .as("a second edit from the same, now outdated, form")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Someone else changed clause H-1");

    List<HistoryRevision> revisions =
        Callers.as(corrector, () -> history.historyOf(number)).orElseThrow();

    HistoryRevision newest = revisions.get(0);
    assertThat(newest.user()).isEqualTo(corrector);
    assertThat(newest.clientAddress()).isNotBlank();
    VersionChange reworded = newest.changes().get(0);
    assertThat(reworded.subject()).isEqualTo("Clause H-1");
    assertThat(reworded.kind()).isEqualTo(VersionChange.Kind.CHANGED);
    FieldChange text = reworded.fields().get(0);
    assertThat(text.field()).isEqualTo("Text");
    assertThat(reworded.fields())
        .as("R6: a correction says what it fixed")
        .contains(FieldChange.of("Correction note", null, "Wording as signed"));
    assertThat(text.words())
        .contains(
            new TextSegment(TextSegment.Kind.REMOVED, "meaningful "),
            new TextSegment(TextSegment.Kind.SAME, "human "),
            new TextSegment(TextSegment.Kind.REMOVED, "involvement, "),
            new TextSegment(TextSegment.Kind.ADDED, "review, "));

    HistoryRevision statusChange = revisions.get(1);
    assertThat(statusChange.user()).isEqualTo(officer);
    assertThat(statusChange.changes().get(0).fields())
        .containsExactly(FieldChange.of("Status", "DRAFT", "NEGOTIATING"));

    assertThat(revisions.subList(2, revisions.size()))
        .as("registering the contract and appending the clause: two revisions by the officer")
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.user()).isEqualTo(officer);
              assertThat(r.changes()).allMatch(c -> c.kind() == VersionChange.Kind.CREATED);
            })
        .flatExtracting(HistoryRevision::changes)
        .extracting(VersionChange::subject)
        .containsExactlyInAnyOrder("Clause H-1", "Contract");
  }

  @Test
  void participantsAddedAndRemovedAreInTheHistory() {
    String s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create(("audit-parts-" + s).toLowerCase(), "SECRET", "CONTRACTING_OFFICER");
    String number = "AP-" + s;
    Callers.as(
        officer,
        () -> {
          register("Parts", number, s);
          parties.register("Parts Lab " + s, PartyKind.OTHER);
        });
    Callers.as(officer, () -> contracts.addParticipant(number, "Parts Lab " + s, "Test lab"));
    Callers.as(officer, () -> contracts.addParticipant(number, "Parts Agency " + s, "End user"));
    Callers.as(officer, () -> contracts.removeParticipant(number, "Parts Lab " + s, "Test lab"));

    assertThat(Callers.as(officer, () -> contracts.details(number)).orElseThrow().participants())
        .extracting(p -> p.partyName() + " as " + p.role())
        .containsExactly("Parts Agency " + s + " as End user");
    List<HistoryRevision> revisions =
        Callers.as(officer, () -> history.historyOf(number)).orElseThrow();
    assertThat(revisions).hasSizeGreaterThanOrEqualTo(4);
    String removal =
        revisions.get(0).changes().stream()
            .flatMap(c -> c.fields().stream())
            .map(f -> f.field() + ": " + f.before() + " -> " + f.after())
            .reduce("", String::concat);
    assertThat(removal).as("the removal, by the officer").contains("Parts Lab " + s);
    assertThat(revisions.get(0).user()).isEqualTo(officer);
  }

  @Test
  void aRestrictionAboutATopicShowsTheTopicsNameInTheHistory() {
    String s = TestDatabase.uniqueSuffix();
    String counsel = TestUsers.create(("audit-topic-" + s).toLowerCase(), "SECRET", "LEGAL");
    String officer =
        TestUsers.create(("audit-topico-" + s).toLowerCase(), "SECRET", "CONTRACTING_OFFICER");
    String number = "AT-" + s;
    Callers.as(
        officer,
        () -> {
          register("Topic", number, s);
          clauses.append(
              number,
              "H-1",
              null,
              "Prohibited uses",
              "No mass surveillance of U.S. persons.",
              ClauseCategory.USAGE_RESTRICTION);
        });
    long topic =
        Callers.as(counsel, () -> restrictions.createTopic("Surveillance " + s, "Topic of a test"));
    Callers.as(
        counsel, () -> restrictions.restrict(number, "H-1", "Mass surveillance " + s, null, topic));

    List<HistoryRevision> revisions =
        Callers.as(officer, () -> history.historyOf(number)).orElseThrow();

    assertThat(revisions.get(0).changes())
        .flatExtracting(VersionChange::fields)
        .extracting(FieldChange::after)
        .as("the topic by its name (the history failed with a 500 on such a contract)")
        .contains("Surveillance " + s);
  }

  /** Registers "{prefix} Agency s", "{prefix} Vendor s" and a contract between them. */
  private void register(String prefix, String number, String s) {
    parties.register(prefix + " Agency " + s, PartyKind.GOVERNMENT_AGENCY);
    parties.register(prefix + " Vendor " + s, PartyKind.COMPANY);
    contracts.register(
        NewContract.simple(
            number,
            prefix + " " + s,
            ContractType.FFP,
            prefix + " Agency " + s,
            prefix + " Vendor " + s,
            new BigDecimal("100.00"),
            "USD"));
  }

  @Test
  void theApplicationsOwnConnectionCannotRewriteOrRemoveAuditRecords() throws Exception {
    String s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create(("audit-writer-" + s).toLowerCase(), "CUI", "CONTRACTING_OFFICER");
    Callers.as(officer, () -> parties.register("Audit Party " + s, PartyKind.OTHER));
    assertThatThrownBy(() -> Callers.as(officer, () -> accounts.browse(null, PageRequest.first(5))))
        .as("a refused action: one security event by the officer")
        .isInstanceOf(AccessDenied.class);

    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      assertRefused(
          statement,
          "update security_event set outcome = 'SUCCESS' where actor = '" + officer + "'");
      assertRefused(statement, "delete from security_event where actor = '" + officer + "'");
      assertRefused(statement, "truncate security_event");
      assertRefused(
          statement,
          "update revinfo set username = 'someone-else' where username = '" + officer + "'");
      assertRefused(statement, "delete from revinfo where username = '" + officer + "'");
      assertRefused(
          statement, "update party_aud set name = 'Forged' where name = 'Audit Party " + s + "'");
      assertRefused(statement, "delete from party_aud where name = 'Audit Party " + s + "'");
    }
  }

  private static void assertRefused(Statement statement, String sql) {
    assertThatThrownBy(() -> statement.execute(sql))
        .as(sql)
        .isInstanceOf(SQLException.class)
        // refused by the application role's privileges (V12); the owner is refused by V5/V6's
        // triggers ("append-only")
        .satisfies(
            e -> assertThat(e.getMessage()).containsAnyOf("permission denied", "append-only"));
  }
}
