package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The clause-text rules on sentences of real contracts (CUAD, CC BY 4.0; see ATTRIBUTION.md). */
class ClauseCategoryTest {

  record Example(boolean expected, String sentence, String source) {
    @Override
    public String toString() {
      return (expected ? "flags: " : "leaves: ")
          + sentence.substring(0, Math.min(70, sentence.length()));
    }
  }

  static List<Example> governingLaw() throws IOException {
    return rows(
        "governing-law-examples.csv",
        row ->
            new Example(row.get("expected").equals("yes"), row.get("sentence"), row.get("source")));
  }

  private static <T> List<T> rows(String resource, Function<CSVRecord, T> example)
      throws IOException {
    List<T> examples = new ArrayList<>();
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(ClauseCategoryTest.class.getResourceAsStream(resource)),
            StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        examples.add(example.apply(row));
      }
    }
    return examples;
  }

  @ParameterizedTest
  @MethodSource("governingLaw")
  void governingLawOnCuadSentences(Example example) {
    assertThat(ClauseCategory.GOVERNING_LAW.find(example.sentence()).isPresent())
        .as(example.source())
        .isEqualTo(example.expected());
  }

  record CategoryExample(
      ClauseCategory category, boolean expected, String sentence, String source) {
    @Override
    public String toString() {
      return category
          + (expected ? " flags: " : " leaves: ")
          + sentence.substring(0, Math.min(60, sentence.length()));
    }
  }

  static List<CategoryExample> shippedCategories() throws IOException {
    return rows(
        "clause-category-examples.csv",
        row ->
            new CategoryExample(
                ClauseCategory.valueOf(row.get("category")),
                row.get("expected").equals("yes"),
                row.get("sentence"),
                row.get("source")));
  }

  @ParameterizedTest
  @MethodSource("shippedCategories")
  void shippedCategoriesOnHeldOutCuadSentences(CategoryExample example) {
    assertThat(example.category().shipped()).isTrue();
    assertThat(example.category().find(example.sentence()).isPresent())
        .as(example.source())
        .isEqualTo(example.expected());
  }

  @Test
  void aModelDecidesAndThePatternsWordsAreMarkedWhereOneMatches() {
    String text =
        "The fee is due monthly. Neither party may assign this Agreement without the prior written"
            + " consent of the other party, and any assignment in breach of this Section is void.";
    List<TextEvidence> found = TextEvidence.in(text, List.of(ClauseCategory.ANTI_ASSIGNMENT));

    assertThat(found).hasSize(1);
    TextEvidence e = found.get(0);
    assertThat(text.substring(e.words().start(), e.words().end()))
        .startsWith("Neither party may assign");
  }

  @Test
  void aModelWithoutAKnownWordScoresNothing() {
    ClauseModel model = ClauseModel.of(ClauseCategory.CAP_ON_LIABILITY).orElseThrow();
    assertThat(model.score(SentenceFeatures.of("Zqxv wvvq."))).isZero();
    assertThat(model.threshold()).isBetween(0.0, 1.0);
  }

  @Test
  void theEvidenceIsTheMatchedWordsInsideTheSentence() {
    String text =
        "Payment is due in 30 days. This Agreement shall be governed by the laws of the State of"
            + " Delaware.";
    List<TextEvidence> found = TextEvidence.in(text, List.of(ClauseCategory.GOVERNING_LAW));

    assertThat(found).hasSize(1);
    TextEvidence e = found.get(0);
    assertThat(text.substring(e.sentence().start(), e.sentence().end()))
        .isEqualTo("This Agreement shall be governed by the laws of the State of Delaware.");
    assertThat(text.substring(e.words().start(), e.words().end()))
        .isEqualTo("governed by the laws of");
  }

  @Test
  void theCategoriesThatReachedTheGoalOnHeldOutContractsAreShipped() {
    assertThat(List.of(ClauseCategory.values()))
        .filteredOn(ClauseCategory::shipped)
        .containsExactly(
            ClauseCategory.GOVERNING_LAW,
            ClauseCategory.ANTI_ASSIGNMENT,
            ClauseCategory.CAP_ON_LIABILITY,
            ClauseCategory.NO_SOLICIT_OF_EMPLOYEES,
            ClauseCategory.COVENANT_NOT_TO_SUE,
            ClauseCategory.IRREVOCABLE_OR_PERPETUAL_LICENSE,
            ClauseCategory.NOTICE_PERIOD_TO_TERMINATE_RENEWAL,
            ClauseCategory.EXPIRATION_DATE);
  }

  @Test
  void everyCategoryIsNamedAsInCuad() {
    for (ClauseCategory c : ClauseCategory.values()) {
      assertThat(ClauseCategory.ofCuadName(c.cuadName())).contains(c);
    }
    assertThat(ClauseCategory.ofCuadName("Parties")).isEmpty();
  }
}
