package org.clausewatch.annotation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Anchors follow the words through an amendment (R2). */
class ReanchorTest {

  private static final String H2 =
      "The Government shall not use the Contractor's models to make final targeting decisions in"
          + " military operations without meaningful human involvement in the decision.";

  private static TextQuote quote(String text, String words) {
    int start = text.indexOf(words);
    return TextQuote.of(text, start, start + words.length());
  }

  private static String found(String text, Anchoring a) {
    return text.substring(a.start(), a.end());
  }

  @Test
  void anInsertionBeforeTheQuoteMovesTheAnchorWithTheWords() {
    TextQuote q = quote(H2, "without meaningful human involvement");
    String amended = "Except as Annex B allows, " + H2;

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.ANCHORED);
    assertThat(a.start()).isEqualTo(q.start() + "Except as Annex B allows, ".length());
    assertThat(found(amended, a)).isEqualTo("without meaningful human involvement");
  }

  @Test
  void anInsertionAfterTheQuoteLeavesTheAnchorWhereItWas() {
    TextQuote q = quote(H2, "final targeting decisions");
    String amended = H2 + " The Contractor may audit compliance once a year.";

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.ANCHORED);
    assertThat(a.start()).isEqualTo(q.start());
  }

  @Test
  void anInsertionInsideTheQuoteIsAFuzzyMatchCoveringTheChangedWords() {
    TextQuote q = quote(H2, "without meaningful human involvement in the decision");
    String amended =
        H2.replace("meaningful human involvement", "meaningful and informed human involvement");

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.FUZZY);
    assertThat(found(amended, a))
        .isEqualTo("without meaningful and informed human involvement in the decision");
    assertThat(a.similarity()).isGreaterThanOrEqualTo(Reanchor.THRESHOLD).isLessThan(1.0);
  }

  @Test
  void ofTwoOccurrencesTheOneInTheSameContextWins() {
    String text =
        "Section 1. The Contractor shall report. Section 2. The Government shall not use the"
            + " models for mass surveillance. Section 3. The Contractor shall report.";
    int second = text.lastIndexOf("The Contractor shall report");
    TextQuote q = TextQuote.of(text, second, second + "The Contractor shall report".length());
    String amended = "Preamble. " + text;

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.ANCHORED);
    assertThat(a.start()).as("the second occurrence, after Section 3").isEqualTo(second + 10);
  }

  @Test
  void ofTwoOccurrencesWithTheSameContextTheNearestToTheOldPlaceWins() {
    String text = "report. report. report.";
    TextQuote q = TextQuote.of(text, 8, 14);

    Anchoring a = Reanchor.in("report. report. report.", q);

    assertThat(a.start()).isEqualTo(8);
  }

  @Test
  void wordsDeletedByTheAmendmentLeaveTheAnnotationOrphaned() {
    TextQuote q = quote(H2, "without meaningful human involvement in the decision");
    String amended =
        "The Government shall not use the Contractor's models to make final targeting decisions in"
            + " military operations.";

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.ORPHANED);
    assertThat(a.start()).isNull();
  }

  @Test
  void wordsRewrittenBeyondTheThresholdAreOrphanedNotMatchedToSomethingElse() {
    TextQuote q = quote(H2, "meaningful human involvement");
    String amended = H2.replace("meaningful human involvement", "a commander's sign-off");

    assertThat(Reanchor.in(amended, q).state()).isEqualTo(AnchorState.ORPHANED);
  }

  @Test
  void aLongQuoteIsFoundByItsFirstAndLastWordsWhenItsMiddleChanged() {
    String clause = H2 + " " + H2.replace("The Government", "No agency") + " " + H2;
    TextQuote q = TextQuote.of(clause, 0, clause.length());
    String amended = clause.replace("military operations", "armed conflict");

    Anchoring a = Reanchor.in(amended, q);

    assertThat(a.state()).isEqualTo(AnchorState.FUZZY);
    assertThat(a.start()).isZero();
    assertThat(a.end()).isEqualTo(amended.length());
  }

  @Test
  void theSelectorKeepsUpToThirtyTwoCharactersOfContext() {
    TextQuote q = quote(H2, "final targeting decisions");

    assertThat(q.prefix()).hasSize(TextQuote.CONTEXT).endsWith("models to make ");
    assertThat(q.suffix()).hasSize(TextQuote.CONTEXT).startsWith(" in military");
  }
}
