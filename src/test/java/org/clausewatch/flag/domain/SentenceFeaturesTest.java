package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  @Test
  void wordsAndNeighbouringPairsLowerCasedEachOnce() {
    SentenceFeatures f = SentenceFeatures.of("Neither Party may assign; neither party shall.");

    assertThat(f.names())
        .containsExactly(
            "u:neither",
            "u:party",
            "b:neither party",
            "u:may",
            "b:party may",
            "u:assign",
            "b:may assign",
            "b:assign neither",
            "u:shall",
            "b:party shall");
  }

  @Test
  void eachFeatureKnowsWhereItFirstOccurs() {
    String sentence = "This Agreement shall not be assigned without consent.";
    SentenceFeatures f = SentenceFeatures.of(sentence);

    Span pair = f.spanOf("b:be assigned");
    assertThat(sentence.substring(pair.start(), pair.end())).isEqualTo("be assigned");
    assertThat(f.spanOf("u:transferred")).isNull();
  }

  @Test
  void aCategoryWhosePatternsMatchIsAFeatureWithTheMatchedWords() {
    String sentence = "This Agreement shall be governed by the laws of the State of Delaware.";
    SentenceFeatures f = SentenceFeatures.of(sentence);

    Span matched = f.spanOf(SentenceFeatures.PATTERN + ClauseCategory.GOVERNING_LAW.name());
    assertThat(sentence.substring(matched.start(), matched.end()))
        .isEqualTo("governed by the laws of");
    assertThat(f.names())
        .doesNotContain(SentenceFeatures.PATTERN + ClauseCategory.INSURANCE.name());
  }

  @Test
  void hyphenatedWordsAndNumbersStayWhole() {
    assertThat(SentenceFeatures.of("A non-exclusive, 30-day licence").names())
        .contains("u:non-exclusive", "u:30-day", "b:non-exclusive 30-day");
  }

  @Test
  void aSentenceWithoutWordsHasNoFeatures() {
    SentenceFeatures f = SentenceFeatures.of(" -- ; ");
    assertThat(f.isEmpty()).isTrue();
    assertThat(f.names()).isEmpty();
  }
}
