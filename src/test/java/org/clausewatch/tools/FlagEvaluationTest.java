package org.clausewatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.Span;
import org.junit.jupiter.api.Test;

/**
 * How the evaluation scores a contract at the sentence and the contract level. The governing-law
 * sentence is worded like CUAD's (CC BY 4.0, The Atticus Project).
 */
class FlagEvaluationTest {

  private static final String LAW =
      "This Agreement shall be governed by and construed in accordance with the laws of the State"
          + " of New York, without regard to its conflict of laws principles.";
  private static final String AUDIT =
      "Distributor shall keep complete records. Supplier may inspect them once a year.";
  private static final String TEXT = "12. Miscellaneous.\n\n" + LAW + "\n\n" + AUDIT;

  private static Span spanOf(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }

  private static Map<ClauseCategory, FlagEvaluation.Counts> score(
      Map<ClauseCategory, List<Span>> labelled) {
    Map<ClauseCategory, FlagEvaluation.Counts> counts = new EnumMap<>(ClauseCategory.class);
    for (ClauseCategory c : ClauseCategory.values()) {
      counts.put(c, new FlagEvaluation.Counts());
    }
    FlagEvaluation.score(TEXT, labelled, counts);
    return counts;
  }

  @Test
  void aFlaggedSentenceOverlappingALabelIsCorrectAndFound() {
    FlagEvaluation.Counts law =
        score(Map.of(ClauseCategory.GOVERNING_LAW, List.of(spanOf("the laws of the State"))))
            .get(ClauseCategory.GOVERNING_LAW);

    assertThat(law.labelled).isEqualTo(1);
    assertThat(law.flagged).isEqualTo(1);
    assertThat(law.flaggedCorrect).isEqualTo(1);
    assertThat(law.labelledFound).isEqualTo(1);
    assertThat(law.contractsTrue).isEqualTo(1);
    assertThat(law.contractsBoth).isEqualTo(1);
  }

  @Test
  void aFlagWithoutALabelIsWrongAndALabelSpanningTwoSentencesCountsTwoSentences() {
    Map<ClauseCategory, FlagEvaluation.Counts> counts =
        score(Map.of(ClauseCategory.AUDIT_RIGHTS, List.of(spanOf(AUDIT))));

    FlagEvaluation.Counts law = counts.get(ClauseCategory.GOVERNING_LAW);
    assertThat(law.flagged).isEqualTo(1);
    assertThat(law.flaggedCorrect).isZero();
    assertThat(law.labelled).isZero();
    assertThat(law.contractsPredicted).isEqualTo(1);
    assertThat(law.contractsTrue).isZero();

    FlagEvaluation.Counts audit = counts.get(ClauseCategory.AUDIT_RIGHTS);
    assertThat(audit.labelled).isEqualTo(2);
    assertThat(audit.labelledFound).isEqualTo(audit.flagged);
    assertThat(audit.contractsTrue).isEqualTo(1);
  }

  private static FlagEvaluation.Counts contract(long flagged, long correct, long labelled) {
    FlagEvaluation.Counts n = new FlagEvaluation.Counts();
    n.flagged = flagged;
    n.flaggedCorrect = correct;
    n.labelled = labelled;
    n.labelledFound = correct;
    return n;
  }

  @Test
  void contractsThatAllScoreAlikeLeaveNoDoubt() {
    List<FlagEvaluation.Counts> alike = java.util.Collections.nCopies(40, contract(4, 3, 5));

    double[][] range = FlagEvaluation.interval(alike, 500, 1);

    assertThat(range[0]).containsExactly(0.75, 0.75);
    assertThat(range[1]).containsExactly(0.6, 0.6);
  }

  @Test
  void contractsThatScoreApartGiveARangeAroundTheFigure() {
    List<FlagEvaluation.Counts> mixed = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      mixed.add(contract(2, 2, 2)); // all found, all right
      mixed.add(contract(2, 0, 2)); // none found, both flags wrong
    }

    double[][] range = FlagEvaluation.interval(mixed, 2_000, 1);

    assertThat(range[0][0]).isBetween(0.25, 0.5);
    assertThat(range[0][1]).isBetween(0.5, 0.75);
    assertThat(range[1][0]).isEqualTo(range[0][0]);
    assertThat(FlagEvaluation.interval(mixed, 2_000, 1)).isDeepEqualTo(range);
  }

  @Test
  void resamplesWithNothingFlaggedHaveNoPrecision() {
    List<FlagEvaluation.Counts> none = List.of(contract(0, 0, 3), contract(0, 0, 1));

    double[][] range = FlagEvaluation.interval(none, 200, 1);

    assertThat(range[0]).containsExactly(0.0, 0.0);
    assertThat(range[1]).containsExactly(0.0, 0.0);
  }
}
