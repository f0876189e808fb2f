package org.clausewatch.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.annotation.application.AnnotationService;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.search.domain.SearchHit;
import org.clausewatch.search.domain.SearchKind;
import org.clausewatch.search.domain.SearchRepository;
import org.clausewatch.search.domain.SearchRequest;
import org.clausewatch.search.domain.SearchResults;
import org.clausewatch.shared.Classification;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.StatementCount;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search against the real database: every kind found with its words marked, web-search syntax,
 * numbers found exactly, ranking, facets, clearance in results and counts, statement budget. The
 * test's own word (its suffix) keeps other tests' rows out.
 */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class SearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SearchIT.class);
  }

  @Inject SearchService cut;
  @Inject SearchRepository repository;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DisputeService disputes;
  @Inject DeadlineService deadlines;
  @Inject AnnotationService annotations;

  private String s;
  private String open;
  private String secret;

  @BeforeEach
  void twoContractsWithEveryKind() {
    s = "w" + TestDatabase.uniqueSuffix().toLowerCase();
    parties.register("Search Agency " + s, PartyKind.GOVERNMENT_AGENCY);
    parties.register("Search Lab " + s, PartyKind.COMPANY);
    open = "SRC-" + s.toUpperCase();
    secret = "SRS-" + s.toUpperCase();
    register(open, "Frontier models " + s, Classification.CUI);
    register(secret, "Classified surveillance work " + s, Classification.SECRET);
    clauses.append(
        open,
        "H-1",
        null,
        "Prohibited uses",
        "The models shall not be used for mass surveillance of U.S. persons. Marker " + s + ".",
        ClauseCategory.USAGE_RESTRICTION);
    clauses.append(
        open,
        "252.204-7012",
        java.time.YearMonth.of(2019, 12),
        "Safeguarding covered defense information",
        "The contractor shall provide adequate security " + s + ".",
        ClauseCategory.COMPLIANCE);
    long restriction =
        restrictions.restrict(open, "H-1", "Mass surveillance of U.S. persons " + s, null);
    disputes.recordPosition(
        open,
        "H-1",
        restriction,
        "Search Agency " + s,
        Stance.REJECTS,
        "Surveillance concerns are unnecessary " + s + ".",
        LocalDate.of(2026, 11, 24),
        "Meeting");
    deadlines.set(
        open,
        "Signed document " + s,
        DeadlineKind.ULTIMATUM,
        ZonedDateTime.now(ZoneId.of("America/New_York")).plusDays(3),
        "Search Agency " + s,
        null,
        "Grant unrestricted access, surveillance included",
        List.of());
    annotations.annotate(
        open,
        "H-1",
        null,
        null,
        "mass surveillance",
        AnnotationKind.CONCERN,
        "Surveillance is the point of dispute " + s + ".",
        null);
    clauses.append(
        secret,
        "H-9",
        null,
        "Collection",
        "Bulk surveillance collection " + s + ".",
        ClauseCategory.OTHER);
  }

  private void register(String number, String title, Classification marking) {
    contracts.register(
        new NewContract(
            number,
            title,
            ContractType.OTHER,
            "Search Agency " + s,
            "Search Lab " + s,
            new BigDecimal("1000"),
            null,
            "USD",
            LocalDate.of(2025, 1, 1),
            null,
            null,
            marking,
            null));
  }

  private SearchResults search(String words) {
    return cut.search(new SearchRequest(words, null, null, null, null, null, 1, 20));
  }

  private static List<SearchKind> kinds(SearchResults r) {
    return r.hits().stream().map(SearchHit::kind).toList();
  }

  @Test
  void everyKindIsFoundWithTheMatchedWordsMarked() {
    SearchResults r = search("surveillance " + s);

    assertThat(kinds(r))
        .containsExactlyInAnyOrder(
            SearchKind.CONTRACT,
            SearchKind.CLAUSE,
            SearchKind.CLAUSE,
            SearchKind.RESTRICTION,
            SearchKind.POSITION,
            SearchKind.ANNOTATION,
            SearchKind.DEADLINE);
    assertThat(r.total()).isEqualTo(7);
    SearchHit clause =
        r.hits().stream()
            .filter(h -> h.kind() == SearchKind.CLAUSE && h.contractNumber().equals(open))
            .findFirst()
            .orElseThrow();
    assertThat(clause.clauseNumber()).isEqualTo("H-1");
    assertThat(clause.excerpt().marked()).contains("surveillance", s);
    assertThat(clause.excerpt().text()).contains("mass surveillance of U.S. persons");
    assertThat(search("unrestricted " + s).hits())
        .extracting(SearchHit::kind, SearchHit::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SearchKind.DEADLINE, "Signed document " + s));
  }

  @Test
  void webSearchSyntaxPhrasesExclusionAndOr() {
    assertThat(kinds(search("\"mass surveillance\" " + s)))
        .as("the phrase, stemmed: clause, restriction, annotation's quote is not its body")
        .contains(SearchKind.CLAUSE, SearchKind.RESTRICTION)
        .doesNotContain(SearchKind.POSITION);
    assertThat(kinds(search(s + " surveillance -mass")))
        .as("leaves out what says mass")
        .doesNotContain(SearchKind.RESTRICTION)
        .contains(SearchKind.POSITION);
    assertThat(
            kinds(
                cut.search(
                    new SearchRequest(
                        "adequate or bulk", null, null, null, null, "Search Agency " + s, 1, 20))))
        .containsExactlyInAnyOrder(SearchKind.CLAUSE, SearchKind.CLAUSE);
  }

  @Test
  void aClauseNumberTypedExactlyIsFoundAndRankedFirst() {
    SearchResults r =
        cut.search(
            new SearchRequest("252.204-7012", null, null, null, null, "Search Agency " + s, 1, 20));
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).clauseNumber()).isEqualTo("252.204-7012");
    assertThat(r.hits().get(0).contractNumber()).isEqualTo(open);
  }

  @Test
  void numbersAndTitlesRankAboveWordsInLongText() {
    List<SearchHit> hits = search("frontier " + s).hits();
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).kind()).isEqualTo(SearchKind.CONTRACT);
    assertThat(search(open).hits().get(0))
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(SearchKind.CONTRACT);
              assertThat(h.contractNumber()).isEqualTo(open);
            });
  }

  @Test
  void facetsCountEveryVisibleMatchAndFilterTheResults() {
    SearchResults r = search("surveillance " + s);
    assertThat(r.facet("kind"))
        .extracting(v -> v.value() + "=" + v.count())
        .contains("CLAUSE=2", "RESTRICTION=1", "POSITION=1", "ANNOTATION=1", "CONTRACT=1");
    assertThat(r.facet("classification"))
        .extracting(v -> v.value() + "=" + v.count())
        .containsExactlyInAnyOrder("CUI=5", "SECRET=2");
    assertThat(r.facet("category"))
        .extracting(v -> v.value() + "=" + v.count())
        .containsExactlyInAnyOrder("USAGE_RESTRICTION=1", "OTHER=1");

    SearchResults clausesOnly =
        cut.search(
            new SearchRequest(
                "surveillance " + s, SearchKind.CLAUSE, null, null, null, null, 1, 20));
    assertThat(kinds(clausesOnly)).containsOnly(SearchKind.CLAUSE);
    assertThat(clausesOnly.total()).isEqualTo(2);
    assertThat(clausesOnly.facet("kind")).as("the kind facet keeps the other kinds").hasSize(6);

    SearchResults secretOnly =
        cut.search(new SearchRequest("surveillance " + s, null, null, "SECRET", null, null, 1, 20));
    assertThat(secretOnly.hits()).extracting(SearchHit::contractNumber).containsOnly(secret);
    SearchResults category =
        cut.search(
            new SearchRequest(
                "surveillance " + s, null, null, null, "USAGE_RESTRICTION", null, 1, 20));
    assertThat(category.hits()).extracting(SearchHit::clauseNumber).containsExactly("H-1");

    assertThat(
            cut.search(
                    new SearchRequest(
                        "surveillance " + s, SearchKind.DEADLINE, null, null, "OTHER", null, 1, 20))
                .hits())
        .as("a clause category with another kind finds nothing")
        .isEmpty();
    assertThat(
            kinds(
                cut.search(
                    new SearchRequest(
                        "surveillance " + s, SearchKind.POSITION, null, null, null, null, 1, 20))))
        .containsExactly(SearchKind.POSITION);

    SearchResults second =
        cut.search(new SearchRequest("surveillance " + s, null, null, null, null, null, 2, 4));
    assertThat(second.hits()).hasSize(3);
    assertThat(second.total()).isEqualTo(7);
  }

  @Test
  void beyondTheCandidatesOfAKindTheCountsSayMoreAndThePageRanksTheFirstFound() {
    SearchRequest request =
        new SearchRequest("surveillance " + s, null, null, null, null, null, 1, 20);
    int topSecret = Classification.TOP_SECRET.ordinal();

    SearchResults all = repository.search(request, topSecret, 2);
    assertThat(all.more()).as("no kind has more than two matches").isFalse();
    assertThat(all.total()).isEqualTo(7);

    SearchResults capped = repository.search(request, topSecret, 1);
    assertThat(capped.more()).as("two clauses match, one is counted").isTrue();
    assertThat(capped.total()).as("one of each of the six kinds").isEqualTo(6);
    assertThat(capped.facet("kind"))
        .filteredOn(v -> v.value().equals("CLAUSE"))
        .extracting(v -> v.count())
        .as("the clause count tells that there are more than one")
        .containsExactly(2L);
    assertThat(kinds(capped)).contains(SearchKind.CONTRACT, SearchKind.DEADLINE);
  }

  @Test
  void nothingAboveTheCallersClearanceIsFoundOrCounted() {
    String cuiReader = TestUsers.create(("search-cui-" + s).toLowerCase(), "CUI", "MANAGER");
    SearchResults r = Callers.as(cuiReader, () -> search("surveillance " + s));

    assertThat(r.hits()).extracting(SearchHit::contractNumber).containsOnly(open);
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.facet("classification")).extracting(v -> v.value()).containsExactly("CUI");
    assertThat(Callers.as(cuiReader, () -> search("bulk " + s)).total()).isZero();
  }

  @Test
  void aSearchIsTwoStatements() {
    SearchResults r = search("surveillance " + s);

    assertThat(r.hits()).hasSize(7);
    assertThat(StatementCount.of(() -> search("surveillance " + s)))
        .as("the caller's clearance, the facets, the page")
        .isLessThanOrEqualTo(3);
  }
}
