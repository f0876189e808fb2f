package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clausewatch.flag.domain.ContractFacts.ClauseFact;
import org.clausewatch.flag.domain.ContractFacts.DeadlineFact;
import org.clausewatch.flag.domain.ContractFacts.DemandFact;
import org.clausewatch.flag.domain.ContractFacts.DisputeFact;
import org.clausewatch.flag.domain.ContractFacts.ObligationFact;
import org.clausewatch.flag.domain.ContractFacts.RestrictionFact;
import org.junit.jupiter.api.Test;

/** Each situation rule with a case where it holds and one where it does not (R2). */
class SituationRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
  private static final Instant FRIDAY_5PM_NEW_YORK = Instant.parse("2026-12-04T22:00:00Z");

  private static ContractFacts facts(
      List<ClauseFact> clauses,
      List<DisputeFact> disputes,
      List<DeadlineFact> deadlines,
      List<RestrictionFact> restrictions,
      List<DemandFact> demands) {
    return new ContractFacts(1, clauses, disputes, deadlines, restrictions, demands, List.of());
  }

  private static List<Finding> obligationFlags(ObligationFact... obligations) {
    ContractFacts f =
        new ContractFacts(
            1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(obligations));
    return SituationRules.of(f, NOW);
  }

  private static ObligationFact quarterlyReport(String rule, LocalDate... settled) {
    return new ObligationFact(
        5,
        "Quarterly model reliability report",
        "Anthropic",
        40L,
        LocalDate.of(2026, 1, 15),
        rule,
        Set.of(settled));
  }

  private static DeadlineFact ultimatum(Instant due, List<String> consequences, String demand) {
    return new DeadlineFact(
        7,
        "ULTIMATUM",
        "Signed document",
        due,
        "America/New_York",
        due.minus(Duration.ofDays(7)),
        "U.S. Department of Defense",
        demand,
        consequences);
  }

  private static List<Finding> only(ContractFacts facts, FlagRule rule) {
    return SituationRules.of(facts, NOW).stream()
        .filter(f -> f.rule().equals(rule.name()))
        .toList();
  }

  @Test
  void anOpenDisputeIsFlaggedWithTheStancesInWords() {
    ContractFacts f =
        facts(
            List.of(),
            List.of(
                new DisputeFact(
                    3,
                    11,
                    "H-1",
                    "Mass surveillance of U.S. persons",
                    "Anthropic accepts; U.S. Department of Defense rejects.")),
            List.of(),
            List.of(),
            List.of());
    assertThat(only(f, FlagRule.TERM_DISPUTED))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.explanation())
                  .isEqualTo(
                      "\u201cMass surveillance of U.S. persons\u201d (clause H-1) is disputed:"
                          + " Anthropic accepts; U.S. Department of Defense rejects.");
              assertThat(d.attention()).isTrue();
              assertThat(d.clauseId()).isEqualTo(11L);
            });
    assertThat(
            only(
                facts(List.of(), List.of(), List.of(), List.of(), List.of()),
                FlagRule.TERM_DISPUTED))
        .isEmpty();
  }

  @Test
  void aDeadlineInsideItsLeadTimeShowsItsDueTimeInItsOwnZone() {
    ContractFacts f =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(FRIDAY_5PM_NEW_YORK, List.of(), null)),
            List.of(),
            List.of());
    assertThat(only(f, FlagRule.DEADLINE_DUE_SOON))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.explanation())
                  .isEqualTo(
                      "Ultimatum \u201cSigned document\u201d is due Fri 4 Dec 2026, 17:00"
                          + " (America/New_York), inside its lead time of 7 days.");
              assertThat(d.severity()).isEqualTo(Severity.HIGH);
              assertThat(d.dueAt()).as("ordered by its due time").isEqualTo(FRIDAY_5PM_NEW_YORK);
            });
    assertThat(only(f, FlagRule.DEADLINE_OVERDUE)).isEmpty();

    ContractFacts later =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(NOW.plus(Duration.ofDays(9)), List.of(), null)),
            List.of(),
            List.of());
    assertThat(SituationRules.of(later, NOW)).as("before its lead time: nothing").isEmpty();
  }

  @Test
  void aDeadlinePastItsDueTimeIsOverdueNotDueSoon() {
    ContractFacts f =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(NOW.minus(Duration.ofHours(1)), List.of(), null)),
            List.of(),
            List.of());
    assertThat(only(f, FlagRule.DEADLINE_OVERDUE))
        .singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(NOW.minus(Duration.ofHours(1))));
    assertThat(only(f, FlagRule.DEADLINE_DUE_SOON)).isEmpty();
  }

  @Test
  void threatenedConsequencesAskForAttentionOnceTheDeadlineIsNear() {
    List<String> threats =
        List.of("Defense Production Act invoked", "Designated a supply chain risk");
    ContractFacts near =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(FRIDAY_5PM_NEW_YORK, threats, null)),
            List.of(),
            List.of());
    assertThat(only(near, FlagRule.THREATENED_CONSEQUENCES))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.explanation())
                  .isEqualTo(
                      "U.S. Department of Defense names what follows if the ultimatum"
                          + " \u201cSigned document\u201d is not met: Defense Production Act"
                          + " invoked; Designated a supply chain risk.");
              assertThat(t.attention()).isTrue();
            });
    ContractFacts far =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(NOW.plus(Duration.ofDays(30)), threats, null)),
            List.of(),
            List.of());
    assertThat(only(far, FlagRule.THREATENED_CONSEQUENCES))
        .singleElement()
        .satisfies(
            t -> assertThat(t.attention()).as("a month away: noted, not alarming").isFalse());
  }

  @Test
  void aDemandForUseWithoutRestrictionConflictsWithAProhibitedUse() {
    RestrictionFact prohibited =
        new RestrictionFact(5, 11, "PROHIBITED", "Mass surveillance of U.S. persons");
    DeadlineFact demand =
        ultimatum(
            FRIDAY_5PM_NEW_YORK,
            List.of(),
            "Deliver a signed document granting unrestricted access to Claude for all lawful"
                + " purposes.");
    DemandFact position =
        new DemandFact(9, 11, "U.S. Department of Defense", "Demands complete control.");

    List<Finding> found =
        only(
            facts(List.of(), List.of(), List.of(demand), List.of(prohibited), List.of(position)),
            FlagRule.DEMAND_CONFLICTS_WITH_RESTRICTION);

    assertThat(found)
        .extracting(Finding::subject)
        .containsExactly("deadline-demand:7", "position-demand:9");
    Finding first = found.get(0);
    assertThat(first.evidence().substring(first.words().start(), first.words().end()))
        .isEqualTo("unrestricted access");
    assertThat(first.explanation())
        .endsWith(
            "conflicts with the contract's usage restrictions (prohibited: Mass surveillance"
                + " of U.S. persons).");
    assertThat(
            only(
                facts(List.of(), List.of(), List.of(demand), List.of(), List.of(position)),
                FlagRule.DEMAND_CONFLICTS_WITH_RESTRICTION))
        .as("no restriction, no conflict")
        .isEmpty();
  }

  @Test
  void aClauseCitingAnOlderOrUnknownDateIsFlaggedAndTheLibrarysOwnIsNot() {
    ClauseFact older =
        new ClauseFact(
            1,
            "252.204-7012",
            "Safeguarding",
            "Text.",
            LocalDate.of(2019, 12, 1),
            LocalDate.of(2024, 5, 1));
    ClauseFact unknown =
        new ClauseFact(
            2,
            "52.204-21",
            "Basic safeguarding",
            "Text.",
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2016, 6, 1));
    ClauseFact same =
        new ClauseFact(
            3,
            "52.204-23",
            "Prohibition",
            "Text.",
            LocalDate.of(2016, 6, 1),
            LocalDate.of(2016, 6, 1));

    assertThat(
            only(
                facts(List.of(older, unknown, same), List.of(), List.of(), List.of(), List.of()),
                FlagRule.OUTDATED_CLAUSE_DATE))
        .extracting(Finding::explanation)
        .containsExactly(
            "Clause 252.204-7012 cites the version of Dec 2019; the library's is of May 2024.",
            "Clause 52.204-21 cites a version of Jan 2030 the library does not know (its latest is"
                + " of Jun 2016).");
  }

  @Test
  void theSameFactsGiveTheSameFingerprintAndOtherWordsAnother() {
    ContractFacts f =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(FRIDAY_5PM_NEW_YORK, List.of(), null)),
            List.of(),
            List.of());
    String a = SituationRules.of(f, NOW).get(0).fingerprint();
    String b = SituationRules.of(f, NOW.plusSeconds(60)).get(0).fingerprint();
    ContractFacts moved =
        facts(
            List.of(),
            List.of(),
            List.of(ultimatum(FRIDAY_5PM_NEW_YORK.plusSeconds(3600), List.of(), null)),
            List.of(),
            List.of());
    assertThat(a).isEqualTo(b).hasSize(64);
    assertThat(a)
        .as(
            "SHA-256 of rule and subject, explanation and evidence: dismissals hold across releases")
        .isEqualTo("7d0a2fd34973eef34888f0a1eb5b5c47eb7a28a057f67b8ebe27bf7b89160033");
    assertThat(SituationRules.of(moved, NOW).get(0).fingerprint()).isNotEqualTo(a);
  }

  @Test
  void aRecurringObligationWithPastOccurrencesNobodySettledIsOverdue() {
    // 15 Jan, 15 Apr, 15 Jul and 15 Oct 2026 are past on 1 Dec 2026; April's report was received.
    assertThat(
            obligationFlags(
                quarterlyReport(
                    "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", LocalDate.of(2026, 4, 15))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("OBLIGATION_OVERDUE");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.attention()).isTrue();
              assertThat(f.clauseId()).as("shown on its source clause too").isEqualTo(40L);
              assertThat(f.explanation())
                  .isEqualTo(
                      "Obligation \u201cQuarterly model reliability report\u201d, owed by"
                          + " Anthropic, has 3 occurrences due and not settled, from 15 Jan 2026"
                          + " to 15 Oct 2026.");
              assertThat(f.dueAt())
                  .as("ordered by its first day nobody settled")
                  .isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
            });
  }

  @Test
  void anObligationIsOverdueFromTheDayAfterItsDateAndNotOnceSettled() {
    ObligationFact yesterday =
        new ObligationFact(
            6, "Pay invoice", "GSA", null, LocalDate.of(2026, 11, 30), null, Set.of());
    ObligationFact today =
        new ObligationFact(
            7, "Pay invoice", "GSA", null, LocalDate.of(2026, 12, 1), null, Set.of());
    assertThat(obligationFlags(yesterday, today))
        .extracting(Finding::subject, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "obligation:6",
                "Obligation \u201cPay invoice\u201d, owed by GSA, was due 30 Nov 2026 and is not"
                    + " settled."));
    assertThat(
            obligationFlags(
                quarterlyReport(
                    "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
                    LocalDate.of(2026, 1, 15),
                    LocalDate.of(2026, 4, 15),
                    LocalDate.of(2026, 7, 15),
                    LocalDate.of(2026, 10, 15))))
        .as("every past occurrence settled")
        .isEmpty();
  }

  @Test
  void aStoredRuleThatDoesNotParseRaisesNoFlagAndStopsNoOther() {
    ContractFacts f =
        new ContractFacts(
            1,
            List.of(),
            List.of(),
            List.of(ultimatum(FRIDAY_5PM_NEW_YORK, List.of(), null)),
            List.of(),
            List.of(),
            List.of(quarterlyReport("FREQ=SOMETIMES")));
    assertThat(SituationRules.of(f, NOW))
        .extracting(Finding::rule)
        .containsExactly("DEADLINE_DUE_SOON");
  }
}
