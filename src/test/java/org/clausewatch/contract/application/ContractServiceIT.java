package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.clausewatch.contract.domain.AuthorisationLine;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.flag.application.FlagCatchUp;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.HeldTransaction;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.StatementCount;
import org.clausewatch.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contracts registered and listed through the real services, on PostgreSQL, in WildFly. */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class ContractServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ContractServiceIT.class);
  }

  @Inject ContractService cut;
  @Inject PartyService parties;
  @Inject FlagCatchUp flagWork;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  @Resource ManagedExecutorService executor;
  @Resource UserTransaction transaction;

  private String suffix;
  private String buyer;
  private String vendor;

  @BeforeEach
  void parties() {
    suffix = TestDatabase.uniqueSuffix();
    buyer = "Agency " + suffix;
    vendor = "Vendor " + suffix;
    parties.register(buyer, PartyKind.GOVERNMENT_AGENCY);
    parties.register(vendor, PartyKind.COMPANY);
  }

  private NewContract contract(String number, String title, String ceiling) {
    return NewContract.simple(
        number, title, ContractType.FFP, buyer, vendor, new BigDecimal(ceiling), "USD");
  }

  private ContractQuery search(String text, ContractSortField sort, SortDirection direction) {
    return ContractQuery.builder().text(text).sort(sort, direction).build();
  }

  @Test
  void anEditFromAStalePageIsRefusedWithWhatChangedMeanwhileAndChangesNothing() {
    String number = cut.registerFromForm(contract("st-" + suffix, "Frontier AI", "1000.00"));
    EditableContract mine = cut.editForm(number).orElseThrow();
    EditableContract theirs = cut.editForm(number).orElseThrow();
    ContractEdit v = theirs.values();
    cut.edit(
        number,
        theirs,
        new ContractEdit(
            number,
            "Frontier AI, phase 2",
            v.description(),
            v.type(),
            new BigDecimal("2000.00"),
            v.currency(),
            v.awardDate(),
            v.periodStart(),
            v.periodEnd(),
            v.classification()));

    ContractEdit myChange =
        new ContractEdit(
            number,
            "Frontier AI prototype",
            "Mine",
            v.type(),
            v.ceilingAmount(),
            v.currency(),
            v.awardDate(),
            v.periodStart(),
            v.periodEnd(),
            v.classification());
    assertThatThrownBy(() -> cut.edit(number, mine, myChange))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Someone else changed contract " + number + " meanwhile")
        .hasMessageContaining("title: now \"Frontier AI, phase 2\"")
        .hasMessageContaining("ceilingAmount: now \"2000.00\"")
        .hasMessageNotContaining("type");
    assertThat(cut.details(number).orElseThrow().title()).isEqualTo("Frontier AI, phase 2");
    assertThat(cut.details(number).orElseThrow().description()).isNull();
  }

  @Test
  void aWithdrawnAuthorisationIsStoredWithItsDateAndReasonAndAWrongOneChangesNothing() {
    String number = cut.registerFromForm(contract("wa-" + suffix, "Withdrawal", "10.00"));
    cut.authorise(number, "Approved for classified networks", LocalDate.of(2024, 11, 1));
    cut.authorise(number, "Use by intelligence agencies", LocalDate.of(2025, 2, 1));

    assertThatThrownBy(
            () ->
                cut.withdrawAuthorisation(
                    number, 1, LocalDate.of(2025, 1, 31), "Designated a supply chain risk"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("before it was granted");
    assertThat(cut.details(number).orElseThrow().authorisations())
        .allMatch(AuthorisationLine::inForce);

    cut.withdrawAuthorisation(
        number, 1, LocalDate.of(2026, 2, 27), "Designated a supply chain risk");

    assertThat(cut.details(number).orElseThrow().authorisations())
        .containsExactly(
            new AuthorisationLine(
                0, "Approved for classified networks", LocalDate.of(2024, 11, 1), null, null),
            new AuthorisationLine(
                1,
                "Use by intelligence agencies",
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 2, 27),
                "Designated a supply chain risk"));
  }

  @Test
  void aContractNotYetAwardedIsRenumberedAndFoundByItsNewNumberOnly() {
    String typo = cut.registerFromForm(contract("rn-" + suffix + "-typo", "Renumbered", "10.00"));
    EditableContract form = cut.editForm(typo).orElseThrow();

    String now = cut.edit(typo, form, withNumber(form.values(), "rn-" + suffix + "-0001"));

    assertThat(now).as("normalised").isEqualTo("RN-" + suffix + "-0001");
    assertThat(cut.find(typo)).isEmpty();
    assertThat(cut.find(now)).get().extracting(c -> c.title()).isEqualTo("Renumbered");
    assertThat(cut.editForm(now).orElseThrow().version()).isEqualTo(form.version() + 1);
    assertThatThrownBy(() -> cut.edit(typo, form, form.values()))
        .as("a second form opened on the old number")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("no contract numbered " + typo + " (any more)");
  }

  @Test
  void aNumberAnotherContractHasIsRefusedInTheRegistrationsWordsAndNothingChanges() {
    String taken = cut.registerFromForm(contract("rt-" + suffix + "-a", "Taken", "10.00"));
    String mine = cut.registerFromForm(contract("rt-" + suffix + "-b", "Mine", "10.00"));
    EditableContract form = cut.editForm(mine).orElseThrow();
    ContractEdit change =
        edited(form.values(), taken.toLowerCase(java.util.Locale.ROOT), "Mine, retitled");

    assertThatThrownBy(() -> cut.edit(mine, form, change))
        .isInstanceOf(BusinessException.class)
        .hasMessage(ContractService.NUMBER_TAKEN);
    assertThat(cut.find(mine))
        .get()
        .extracting(c -> c.title())
        .as("whole rollback")
        .isEqualTo("Mine");
    assertThat(cut.find(taken)).get().extracting(c -> c.title()).isEqualTo("Taken");
  }

  @Test
  void anAwardedContractKeepsItsNumber() {
    String number = cut.registerFromForm(contract("ra-" + suffix, "Awarded", "10.00"));
    cut.changeStatus(number, ContractStatus.ACTIVE);
    EditableContract form = cut.editForm(number).orElseThrow();
    assertThat(form.numberChangeable()).isFalse();

    assertThatThrownBy(() -> cut.edit(number, form, withNumber(form.values(), "ra2-" + suffix)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("keeps its number: it changes only before award");
    assertThat(cut.find(number)).isPresent();
    assertThat(cut.find("RA2-" + suffix)).isEmpty();
  }

  /**
   * A number registered in one transaction and given to another contract in a second before the
   * first commits: the second waits for the first and is refused in words, not by the unique index
   * (without the lock the second saw the number free and failed on the index: a server error).
   */
  @Test
  void ofTwoContractsTakingOneNumberAtOnceTheSecondWaitsAndIsRefused() throws Exception {
    String wanted = "RACE-" + suffix;
    String other = cut.registerFromForm(contract("rc-" + suffix, "Other", "10.00"));
    EditableContract form = cut.editForm(other).orElseThrow();
    HeldTransaction<String> registration =
        HeldTransaction.done(
            executor,
            transaction,
            () ->
                Callers.as(
                    ActingAs.ALL_ROLES,
                    () -> cut.registerFromForm(contract(wanted, "First", "10.00"))));
    Future<String> renumbering =
        executor.submit(
            () ->
                Callers.as(
                    ActingAs.ALL_ROLES,
                    () -> cut.edit(other, form, withNumber(form.values(), wanted))));
    Sql.awaitWaitingForALock(db, "locktype = 'advisory'");
    assertThat(renumbering).as("the second waits for the first").isNotDone();
    assertThat(registration.commit()).isEqualTo(wanted);
    assertThatThrownBy(() -> renumbering.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(BusinessException.class)
        .cause()
        .hasMessage(ContractService.NUMBER_TAKEN);
    assertThat(cut.find(other)).isPresent();
  }

  private static ContractEdit withNumber(ContractEdit v, String number) {
    return edited(v, number, v.title());
  }

  private static ContractEdit edited(ContractEdit v, String number, String title) {
    return new ContractEdit(
        number,
        title,
        v.description(),
        v.type(),
        v.ceilingAmount(),
        v.currency(),
        v.awardDate(),
        v.periodStart(),
        v.periodEnd(),
        v.classification());
  }

  @Test
  void aRegisteredContractIsListedWithItsPartiesAndCeiling() {
    cut.register(contract("it-" + suffix + "-1", "Frontier AI " + suffix, "200000000"));

    Page<ContractSummary> page = cut.browse(search(suffix, null, null), PageRequest.first(10));

    assertThat(page.total()).isEqualTo(1);
    ContractSummary row = page.items().get(0);
    assertThat(row.number()).as("R1 normalised").isEqualTo("IT-" + suffix + "-1");
    assertThat(row.buyerName()).isEqualTo(buyer);
    assertThat(row.vendorName()).isEqualTo(vendor);
    assertThat(row.status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(row.ceilingAmount()).isEqualByComparingTo("200000000.00");
    assertThat(row.currency()).isEqualTo("USD");
  }

  @Test
  void aDuplicateNumberIsRefusedAndTheFirstContractIsKept() {
    cut.register(contract("DUP-" + suffix, "Original " + suffix, "10"));

    assertThatThrownBy(() -> cut.register(contract("dup-" + suffix, "Copy " + suffix, "20")))
        .as("R1")
        .isInstanceOf(BusinessException.class)
        .hasMessage(ContractService.NUMBER_TAKEN);
    assertThat(cut.find("DUP-" + suffix))
        .get()
        .extracting(c -> c.title())
        .isEqualTo("Original " + suffix);
  }

  @Test
  void anUnknownPartyIsNamedInTheMessageAndNothingIsSaved() {
    NewContract request =
        NewContract.simple(
            "UNK-" + suffix,
            "Orphan",
            ContractType.FFP,
            buyer,
            "Nobody " + suffix,
            BigDecimal.ONE,
            "USD");

    assertThatThrownBy(() -> cut.register(request))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Unknown vendor: Nobody " + suffix);
    assertThat(cut.find("UNK-" + suffix)).isEmpty();
  }

  @Test
  void invalidInputIsRejectedByBeanValidationBeforeAnythingIsSaved() {
    NewContract negative = contract("NEG-" + suffix, "Negative", "-5");

    assertThatThrownBy(() -> cut.register(negative))
        .isInstanceOfAny(jakarta.validation.ConstraintViolationException.class, EJBException.class);
    assertThat(cut.find("NEG-" + suffix)).isEmpty();
  }

  @Test
  void aForbiddenStatusChangeIsRefusedAndTheStatusStays() {
    cut.register(contract("ST-" + suffix, "Status " + suffix, "1"));
    cut.changeStatus("ST-" + suffix, ContractStatus.ACTIVE);

    assertThatThrownBy(() -> cut.changeStatus("ST-" + suffix, ContractStatus.DRAFT))
        .as("R3")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("cannot move from ACTIVE to DRAFT");
    assertThat(cut.find("ST-" + suffix))
        .get()
        .extracting(c -> c.status())
        .isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void listsAreSortedAndPagedByTheDatabase() {
    cut.register(contract("P-" + suffix + "-A", "Alpha " + suffix, "300"));
    cut.register(contract("P-" + suffix + "-B", "Bravo " + suffix, "100"));
    cut.register(contract("P-" + suffix + "-C", "Charlie " + suffix, "200"));

    Page<ContractSummary> byCeiling =
        cut.browse(
            search(suffix, ContractSortField.CEILING, SortDirection.DESCENDING),
            PageRequest.first(2));
    Page<ContractSummary> second =
        cut.browse(
            search(suffix, ContractSortField.CEILING, SortDirection.DESCENDING),
            new PageRequest(2, 2));

    assertThat(byCeiling.total()).as("R4").isEqualTo(3);
    assertThat(byCeiling.items())
        .extracting(ContractSummary::title)
        .containsExactly("Alpha " + suffix, "Charlie " + suffix);
    assertThat(second.items())
        .extracting(ContractSummary::title)
        .containsExactly("Bravo " + suffix);
  }

  @Test
  void searchTextMatchesNumberOrTitleIgnoringCaseAndStatusFilters() {
    cut.register(contract("S-" + suffix + "-1", "Grok for classified settings " + suffix, "1"));
    cut.register(contract("S-" + suffix + "-2", "Fleet logistics " + suffix, "1"));
    cut.changeStatus("S-" + suffix + "-2", ContractStatus.ACTIVE);

    assertThat(cut.count(search("GROK FOR CLASSIFIED SETTINGS " + suffix, null, null))).isOne();
    assertThat(cut.count(search("s-" + suffix + "-2", null, null))).isOne();
    assertThat(
            cut.count(
                ContractQuery.builder()
                    .text(suffix)
                    .statuses(Set.of(ContractStatus.ACTIVE))
                    .build()))
        .isOne();
    assertThat(cut.count(search("no such contract " + suffix, null, null))).isZero();
  }

  @Test
  void aListPageCostsThreeStatementsWhateverItsSize() {
    for (int i = 0; i < 12; i++) {
      cut.register(contract("N1-" + suffix + "-" + i, "Row " + i + " " + suffix, "" + i));
    }
    flagWork.catchUp(Instant.now()); // the flag job's work on the new contracts is done first

    StatementCount.Counted<Page<ContractSummary>> page =
        StatementCount.during(
            () ->
                cut.browse(
                    search(suffix, ContractSortField.VENDOR, SortDirection.ASCENDING),
                    PageRequest.first(10)));

    assertThat(page.result().items()).hasSize(10);
    assertThat(page.statements()).as("R4: count, the page's ids, then their rows").isEqualTo(3);
    assertThat(page.entitiesLoaded()).as("no entity loaded to show a list").isZero();
  }
}
