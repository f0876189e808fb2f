package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.domain.ContractDetails;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.contract.domain.ListAnchor;
import org.clausewatch.contract.domain.ListCursor;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.flag.application.FlagCatchUp;
import org.clausewatch.flag.application.FlagService;
import org.clausewatch.flag.domain.FlagView;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
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

/**
 * Every filter and sort of the contract list against PostgreSQL, "needs attention" included, and
 * keyset pages against positional ones, kept counts, and the statement budget of a list request and
 * of the contract page.
 */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class ContractListIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ContractListIT.class);
  }

  @Inject ContractService cut;
  @Inject ContractRepository repository;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DisputeService disputes;
  @Inject DeadlineService deadlines;
  @Inject FlagCatchUp flagWork;
  @Inject FlagService flags;

  private String s;

  /**
   * Four contracts of one test run, told apart from every other test's by the suffix.
   *
   * <pre>
   * number  title            type  buyer    vendor      status       marking  ceiling  attention
   * A       Alpha analytics  FFP   Agency   Vendor One  ACTIVE       CUI      300      disputed restriction
   * B       Bravo logistics  CPFF  Agency   Vendor Two  NEGOTIATING  SECRET   100      ultimatum in 3 days
   * C       Charlie cloud    IDIQ  Agency   Vendor One  DRAFT        UNCLASS  200      ultimatum in 10 days (not yet)
   * D       Delta data       TM    Agency   Vendor Two  ACTIVE       UNCLASS  400      agreed restriction only
   * </pre>
   */
  private void stances(
      String number, long restriction, String vendor, Stance vendorSays, Stance agencySays) {
    LocalDate on = LocalDate.of(2026, 11, 24);
    disputes.recordPosition(
        number, "H-1", restriction, vendor + " " + s, vendorSays, "Says so.", on, "Letter");
    disputes.recordPosition(
        number, "H-1", restriction, "Agency " + s, agencySays, "Says so.", on, "Letter");
  }

  @BeforeEach
  void fourContracts() {
    s = TestDatabase.uniqueSuffix();
    parties.register("Agency " + s, PartyKind.GOVERNMENT_AGENCY);
    parties.register("Vendor One " + s, PartyKind.COMPANY);
    parties.register("Vendor Two " + s, PartyKind.COMPANY);
    register("A", "Alpha analytics", ContractType.FFP, "Vendor One", "300", Classification.CUI);
    register("B", "Bravo logistics", ContractType.CPFF, "Vendor Two", "100", Classification.SECRET);
    register("C", "Charlie cloud", ContractType.IDIQ, "Vendor One", "200", null);
    register("D", "Delta data", ContractType.TM, "Vendor Two", "400", null);
    cut.changeStatus(n("A"), ContractStatus.ACTIVE);
    cut.changeStatus(n("B"), ContractStatus.NEGOTIATING);
    cut.changeStatus(n("D"), ContractStatus.ACTIVE);

    clauses.append(
        n("A"),
        "H-1",
        null,
        "Prohibited uses",
        "No mass surveillance.",
        ClauseCategory.USAGE_RESTRICTION);
    long disputed = restrictions.restrict(n("A"), "H-1", "Mass surveillance of U.S. persons", null);
    stances(n("A"), disputed, "Vendor One", Stance.ACCEPTS, Stance.REJECTS);
    clauses.append(
        n("D"),
        "H-1",
        null,
        "Prohibited uses",
        "No surveillance.",
        ClauseCategory.USAGE_RESTRICTION);
    long agreed = restrictions.restrict(n("D"), "H-1", "Surveillance", null);
    stances(n("D"), agreed, "Vendor Two", Stance.ACCEPTS, Stance.ACCEPTS);

    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York"));
    deadlines.set(
        n("B"),
        "Sign by Friday",
        DeadlineKind.ULTIMATUM,
        now.plusDays(3),
        null,
        null,
        null,
        List.of("Defense Production Act invoked"));
    deadlines.set(
        n("C"),
        "Later ultimatum",
        DeadlineKind.ULTIMATUM,
        now.plusDays(10),
        null,
        null,
        null,
        List.of());
  }

  private String n(String letter) {
    return "L-" + s + "-" + letter;
  }

  private void register(
      String letter,
      String title,
      ContractType type,
      String vendor,
      String ceiling,
      Classification marking) {
    cut.register(
        new NewContract(
            n(letter),
            title + " " + s,
            type,
            "Agency " + s,
            vendor + " " + s,
            new BigDecimal(ceiling),
            null,
            "USD",
            LocalDate.of(2025, 1, 1),
            null,
            null,
            marking,
            null));
  }

  /** Numbers (as letters) of this test's contracts matching, in list order. */
  private List<String> letters(Function<ContractQuery.Builder, ContractQuery.Builder> filter) {
    ContractQuery query = filter.apply(ContractQuery.builder().text(s)).build();
    flagWork.catchUp(Instant.now());
    Page<ContractSummary> page = cut.browse(query, PageRequest.first(50));
    assertThat(page.total()).as("count agrees with the page").isEqualTo(page.items().size());
    return page.items().stream().map(c -> c.number().substring(c.number().length() - 1)).toList();
  }

  @Test
  void textMatchesNumberOrTitleIgnoringCase() {
    assertThat(letters(b -> b)).containsExactly("A", "B", "C", "D");
    assertThat(letters(b -> b.text("BRAVO LOGISTICS " + s))).containsExactly("B");
    assertThat(letters(b -> b.text("l-" + s + "-c"))).containsExactly("C");
  }

  @Test
  void partyMatchesBuyerOrVendorName() {
    assertThat(letters(b -> b.party("vendor one " + s))).containsExactly("A", "C");
    assertThat(letters(b -> b.party("Agency " + s))).containsExactly("A", "B", "C", "D");
    assertThat(letters(b -> b.party("nobody at all " + s))).isEmpty();
  }

  @Test
  void typeStatusAndClassificationFilter() {
    assertThat(letters(b -> b.types(Set.of(ContractType.IDIQ, ContractType.TM))))
        .containsExactly("C", "D");
    assertThat(letters(b -> b.statuses(Set.of(ContractStatus.ACTIVE)))).containsExactly("A", "D");
    assertThat(letters(b -> b.classifications(Set.of(Classification.SECRET)))).containsExactly("B");
  }

  @Test
  void ceilingRangeIsInclusive() {
    assertThat(letters(b -> b.ceilingBetween(new BigDecimal("200"), new BigDecimal("300"))))
        .containsExactly("A", "C");
    assertThat(letters(b -> b.ceilingBetween(new BigDecimal("350"), null))).containsExactly("D");
  }

  @Test
  void eachKindOfDeadlineNeedsAttentionWithinItsOwnLeadTimeAndWhileOverdue() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York"));
    deadlines.set(
        n("C"),
        "Option year 2",
        DeadlineKind.OPTION_EXERCISE,
        now.plusDays(45),
        null,
        null,
        null,
        List.of());
    deadlines.set(
        n("D"), "Delivery", DeadlineKind.DELIVERY, now.plusDays(20), null, null, null, List.of());
    assertThat(letters(b -> b.attentionOnly(true)))
        .as("option exercise: 60-day lead time; delivery 14 days: not yet")
        .containsExactly("A", "B", "C");

    deadlines.set(
        n("D"), "Report", DeadlineKind.REPORT, now.minusDays(2), null, null, null, List.of());
    assertThat(letters(b -> b.attentionOnly(true)))
        .as("overdue")
        .containsExactly("A", "B", "C", "D");
    assertThat(flags.flagsOf(n("D")))
        .filteredOn(FlagView::attention)
        .extracting(FlagView::rule, FlagView::explanation)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.toList().get(0)).isEqualTo("DEADLINE_OVERDUE");
              assertThat((String) f.toList().get(1))
                  .startsWith("Report deadline \u201cReport\u201d was due");
            });
  }

  @Test
  void needsAttentionMeansADisputedRestrictionOrAnUltimatumWithinSevenDays() {
    assertThat(letters(b -> b.attentionOnly(true))).containsExactly("A", "B");
    List<ContractSummary> rows =
        cut.browse(ContractQuery.builder().text(s).build(), PageRequest.first(10)).items();
    assertThat(rows)
        .extracting(ContractSummary::disputedRestriction)
        .containsExactly(true, false, false, false);
    assertThat(rows)
        .extracting(ContractSummary::deadlineDue)
        .containsExactly(false, true, false, false);
  }

  // Loops over the sorts here and below, not @ParameterizedTest: Arquillian runs every parameter in
  // the server for each one (arquillian-core #771), 81 runs for 9 sorts.
  @Test
  void everySortOrdersBothWaysWithTheNumberBreakingTiesInTheSameDirection() {
    for (ContractSortField field : ContractSortField.values()) {
      List<String> ascending = letters(b -> b.sort(field, SortDirection.ASCENDING));
      List<String> descending = letters(b -> b.sort(field, SortDirection.DESCENDING));

      List<String> expected =
          switch (field) {
            case NUMBER, TITLE, BUYER -> List.of("A", "B", "C", "D");
            case TYPE -> List.of("B", "A", "C", "D"); // CPFF, FFP, IDIQ, TM
            case VENDOR -> List.of("A", "C", "B", "D");
            case STATUS -> List.of("C", "B", "A", "D"); // life cycle: DRAFT, NEGOTIATING, ACTIVE
            case CLASSIFICATION -> List.of("C", "D", "A", "B"); // level: UNCLASSIFIED, CUI, SECRET
            case CEILING -> List.of("B", "C", "A", "D");
            // both high; the ultimatum has a due time, the dispute none; then no attention
            case URGENCY -> List.of("B", "A", "C", "D");
          };
      assertThat(ascending).as(field + " ascending").isEqualTo(expected);
      if (field == ContractSortField.NUMBER
          || field == ContractSortField.BUYER
          || field == ContractSortField.TITLE
          || field == ContractSortField.TYPE
          || field == ContractSortField.CEILING
          || field == ContractSortField.URGENCY) {
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
      } else {
        assertThat(descending).isNotEqualTo(ascending);
      }
    }
  }

  @Test
  void theNextAndThePreviousPageFromARowAreThePagesAtTheirPositions() {
    for (ContractSortField field : ContractSortField.values()) {
      for (SortDirection direction : SortDirection.values()) {
        ContractQuery query = ContractQuery.builder().text(s).sort(field, direction).build();
        flagWork.catchUp(Instant.now());
        List<String> all = numbers(cut.browse(query, PageRequest.first(50)).items());
        assertThat(all).hasSize(4);
        for (int i = 0; i < 3; i++) {
          assertThat(numbers(cut.seek(query, ListCursor.after(all.get(i)), 1).orElseThrow()))
              .as(field + " " + direction + ": after row " + i)
              .containsExactly(all.get(i + 1));
          assertThat(numbers(cut.seek(query, ListCursor.before(all.get(i + 1)), 1).orElseThrow()))
              .as(field + " " + direction + ": before row " + (i + 1))
              .containsExactly(all.get(i));
        }
        assertThat(numbers(cut.seek(query, ListCursor.after(all.get(0)), 2).orElseThrow()))
            .isEqualTo(numbers(cut.page(query, new PageRequest(1, 2))));
        assertThat(numbers(cut.seek(query, ListCursor.before(all.get(3)), 2).orElseThrow()))
            .as("the page before keeps the list's order")
            .containsExactly(all.get(1), all.get(2));
        assertThat(cut.seek(query, ListCursor.after(all.get(3)), 2).orElseThrow())
            .as("nothing after the last row")
            .isEmpty();
      }
    }
  }

  @Test
  void aPageReadFromAnAnchorHoldsTheRowsOfThePageAtItsPosition() {
    for (ContractSortField field : ContractSortField.values()) {
      for (SortDirection direction : SortDirection.values()) {
        ContractQuery query = ContractQuery.builder().text(s).sort(field, direction).build();
        flagWork.catchUp(Instant.now());
        List<String> all = numbers(cut.page(query, PageRequest.first(50)));
        assertThat(anchorNumbers(repository.anchors(query, 1)))
            .as(field + " " + direction + ": an anchor on every row, in the list's order")
            .isEqualTo(all);
        List<ListAnchor> everySecond = repository.anchors(query, 2);
        assertThat(anchorNumbers(everySecond)).containsExactly(all.get(1), all.get(3));
        for (int offset = 2; offset < 4; offset++) {
          ListAnchors.Start start = ListAnchors.start(everySecond, offset, 2);
          assertThat(numbers(repository.pageAfter(query, start.anchor(), start.skip(), 2)))
              .as(field + " " + direction + ": from offset " + offset)
              .isEqualTo(all.subList(offset, 4));
        }
        assertThat(ListAnchors.start(everySecond, 4, 2).anchor().number()).isEqualTo(all.get(3));
        assertThat(repository.pageAfter(query, everySecond.get(1), 0, 2))
            .as("nothing after the last row")
            .isEmpty();
      }
    }
  }

  private static List<String> anchorNumbers(List<ListAnchor> anchors) {
    return anchors.stream().map(ListAnchor::number).toList();
  }

  @Test
  void aCursorOnAnUnknownContractGivesNoPage() {
    ContractQuery query =
        ContractQuery.builder()
            .text(s)
            .sort(ContractSortField.TITLE, SortDirection.ASCENDING)
            .build();
    assertThat(cut.seek(query, ListCursor.after("NO-SUCH-" + s), 2)).isEmpty();
  }

  @Test
  void aKeptCountFollowsARegisteredContractAndAChangedFlag() {
    ContractQuery mine = ContractQuery.builder().text(s).build();
    ContractQuery attention = ContractQuery.builder().text(s).attentionOnly(true).build();
    flagWork.catchUp(Instant.now());
    assertThat(cut.countUpTo(mine, 10_000)).isEqualTo(4);
    assertThat(cut.countUpTo(attention, 10_000)).isEqualTo(2);

    register("E", "Echo energy", ContractType.FFP, "Vendor One", "500", null);
    assertThat(cut.countUpTo(mine, 10_000)).as("a new contract counts at once").isEqualTo(5);

    deadlines.set(
        n("D"),
        "Report",
        DeadlineKind.REPORT,
        ZonedDateTime.now(ZoneId.of("America/New_York")).minusDays(1),
        null,
        null,
        null,
        List.of());
    flagWork.catchUp(Instant.now());
    assertThat(cut.countUpTo(attention, 10_000))
        .as("a flag raised by the flag job counts at once")
        .isEqualTo(3);
  }

  @Test
  void theOverviewsKeptStatusCountsFollowANewContractAndAStatusChange() {
    Map<ContractStatus, Long> before = cut.countByStatus();
    register("F", "Foxtrot fleet", ContractType.FFP, "Vendor One", "600", null);
    Map<ContractStatus, Long> registered = cut.countByStatus();
    assertThat(count(registered, ContractStatus.DRAFT))
        .as("a new draft counts at once")
        .isEqualTo(count(before, ContractStatus.DRAFT) + 1);

    cut.changeStatus(n("F"), ContractStatus.NEGOTIATING);
    Map<ContractStatus, Long> moved = cut.countByStatus();
    assertThat(count(moved, ContractStatus.DRAFT))
        .as("it leaves the drafts")
        .isEqualTo(count(before, ContractStatus.DRAFT));
    assertThat(count(moved, ContractStatus.NEGOTIATING))
        .as("and joins those in negotiation")
        .isEqualTo(count(before, ContractStatus.NEGOTIATING) + 1);
  }

  private static long count(Map<ContractStatus, Long> counts, ContractStatus status) {
    return counts.getOrDefault(status, 0L);
  }

  private static List<String> numbers(List<ContractSummary> rows) {
    return rows.stream().map(ContractSummary::number).toList();
  }

  @Test
  void aListRequestCostsFiveStatementsWithEveryFilterOn() {
    flagWork.catchUp(Instant.now());

    StatementCount.Counted<Page<ContractSummary>> counted =
        StatementCount.during(
            () ->
                cut.browse(
                    ContractQuery.builder()
                        .text(s)
                        .party("Agency " + s)
                        .types(Set.of(ContractType.FFP, ContractType.CPFF))
                        .statuses(Set.of(ContractStatus.ACTIVE, ContractStatus.NEGOTIATING))
                        .classifications(Set.of(Classification.CUI, Classification.SECRET))
                        .ceilingBetween(BigDecimal.ONE, new BigDecimal("1000"))
                        .attentionOnly(true)
                        .sort(ContractSortField.VENDOR, SortDirection.DESCENDING)
                        .build(),
                    PageRequest.first(25)));

    assertThat(counted.result().items())
        .extracting(ContractSummary::title)
        .containsExactly("Bravo logistics " + s, "Alpha analytics " + s);
    assertThat(counted.statements())
        .as("count and page ids, each after its party-name lookup, then the rows")
        .isEqualTo(5);
    assertThat(counted.entitiesLoaded()).as("no entity loaded for a list").isZero();
  }

  @Test
  void theContractPageReadsTheContractInAFixedNumberOfStatements() {
    cut.addParticipant(n("A"), "Vendor Two " + s, "subcontractor");
    cut.authorise(n("A"), "Approved for classified networks", LocalDate.of(2024, 11, 1));
    cut.applyModification(
        n("A"), "P00001", LocalDate.of(2025, 2, 1), "More work", new BigDecimal("50"), null);

    StatementCount.Counted<ContractDetails> counted =
        StatementCount.during(() -> cut.details(n("A")).orElseThrow());
    ContractDetails details = counted.result();

    assertThat(details.ceiling().amount()).isEqualByComparingTo("350");
    assertThat(details.participants()).extracting(p -> p.role()).containsExactly("subcontractor");
    assertThat(details.authorisations()).hasSize(1);
    assertThat(details.modifications()).extracting(m -> m.number()).containsExactly("P00001");
    assertThat(counted.statements())
        .as("the contract, participants, authorisations, modifications")
        .isEqualTo(4);
    assertThat(counted.entitiesLoaded())
        .as("the contract, its buyer and its vendor; the lines are read as rows, not entities")
        .isEqualTo(3);
  }

  @Test
  void anExportChunkContinuesAfterTheLastNumberOfThePreviousOne() {
    ContractQuery query = ContractQuery.builder().text(s).build();
    List<ContractSummary> first = cut.exportChunk(query, null, 3);
    List<ContractSummary> rest = cut.exportChunk(query, first.get(2).number(), 3);

    assertThat(first).extracting(ContractSummary::number).containsExactly(n("A"), n("B"), n("C"));
    assertThat(rest).extracting(ContractSummary::number).containsExactly(n("D"));
  }
}
