package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.history.application.HistoryService;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionStatus;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.PageRequest;
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
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DeadlineService deadlines;
  @Inject HistoryService history;

  private String s;
  private String secret;
  private String cui;
  private String cuiUser;
  private String secretUser;
  private long secretRestriction;

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
            deadlines.set(
                n,
                "Ultimatum " + n,
                DeadlineKind.ULTIMATUM,
                ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(2),
                null,
                null,
                null,
                List.of());
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
  void writesByIdCannotReachAContractAboveTheCallersClearance() {
    String cuiCounsel = TestUsers.create(("clear-counsel-" + s).toLowerCase(), "CUI", "LEGAL");

    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiCounsel,
                    () -> restrictions.changeStatus(secretRestriction, RestrictionStatus.AGREED)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Unknown usage restriction " + secretRestriction);
    assertThat(Callers.as(secretUser, () -> restrictions.restrictionsOf(secret)))
        .extracting(RestrictionView::status)
        .containsExactly(RestrictionStatus.PROPOSED);
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
