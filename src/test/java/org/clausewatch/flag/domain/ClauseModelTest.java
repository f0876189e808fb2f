package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewatch.flag.domain.ClauseModel.Weighted;
import org.junit.jupiter.api.Test;

/** Which words of a sentence a model's flag marks as its evidence. */
class ClauseModelTest {

  @Test
  void aPhraseThatWeighsMoreTogetherIsMarkedRatherThanTheStrongestLoneWord() {
    // "MLX ... [a hundred characters later] agrees not to challenge": the name weighs most alone
    List<Weighted> features =
        List.of(
            new Weighted(new Span(0, 3), 2.0),
            new Weighted(new Span(100, 106), 0.5),
            new Weighted(new Span(107, 110), 0.4),
            new Weighted(new Span(114, 123), 1.0),
            new Weighted(new Span(107, 123), 0.6));

    assertThat(ClauseModel.strongestStretch(features)).contains(new Span(100, 123));
  }

  @Test
  void aStrongLoneWordStillWinsOverWeakerWordsAround() {
    List<Weighted> features =
        List.of(new Weighted(new Span(0, 5), 0.2), new Weighted(new Span(90, 99), 3.0));

    assertThat(ClauseModel.strongestStretch(features)).contains(new Span(90, 99));
  }

  @Test
  void theMarkedStretchIsNeverLongerThanItsLimitUnlessOneWordIs() {
    List<Weighted> spread =
        List.of(
            new Weighted(new Span(0, 4), 1.0),
            new Weighted(new Span(50, 58), 1.0),
            new Weighted(new Span(ClauseModel.STRETCH + 10, ClauseModel.STRETCH + 15), 1.5));

    Span marked = ClauseModel.strongestStretch(spread).orElseThrow();
    assertThat(marked.end() - marked.start()).isLessThanOrEqualTo(ClauseModel.STRETCH);
    assertThat(marked).isEqualTo(new Span(50, ClauseModel.STRETCH + 15));
    assertThat(ClauseModel.strongestStretch(List.of(new Weighted(new Span(3, 90), 0.1))))
        .contains(new Span(3, 90));
  }

  @Test
  void nothingToWeighMarksNothing() {
    assertThat(ClauseModel.strongestStretch(List.of())).isEmpty();
  }

  @Test
  void aShippedModelMarksAPhraseOfTheSentence() {
    String sentence =
        "At no time during or after the term of this Agreement will the Distributor challenge or"
            + " assist others to challenge the Supplier's trademarks or the registration thereof.";
    ClauseModel model = ClauseModel.of(ClauseCategory.COVENANT_NOT_TO_SUE).orElseThrow();

    Span marked = model.find(sentence, SentenceFeatures.of(sentence)).orElseThrow();

    String words = sentence.substring(marked.start(), marked.end());
    assertThat(words).contains(" ").contains("challenge");
    assertThat(words.length()).isLessThanOrEqualTo(ClauseModel.STRETCH);
  }
}
