package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEvidenceTest {

  private static final String LAW =
      "Payment is due in 30 days. This Agreement shall be governed by the laws of the State of"
          + " Delaware.";

  private static List<ClauseCategory> shipped() {
    return Arrays.stream(ClauseCategory.values()).filter(ClauseCategory::shipped).toList();
  }

  @Test
  void theShippedCategoriesEvidenceIsWhatDetectionFindsAndIsKeptForTheSameText() {
    List<TextEvidence> first = TextEvidence.ofShipped(LAW);

    assertThat(first).isEqualTo(TextEvidence.in(LAW, shipped()));
    assertThat(first).extracting(TextEvidence::category).contains(ClauseCategory.GOVERNING_LAW);
    assertThat(TextEvidence.ofShipped(new String(LAW.toCharArray()))).isSameAs(first);
  }

  @Test
  void anotherTextIsDetectedOnItsOwn() {
    String other = LAW.replace("governed by the laws of", "paid under the terms of");

    assertThat(TextEvidence.ofShipped(other))
        .isEqualTo(TextEvidence.in(other, shipped()))
        .extracting(TextEvidence::category)
        .doesNotContain(ClauseCategory.GOVERNING_LAW);
  }

  @Test
  void aLongTextIsKeptByItsDigestAndAnotherLongTextIsDetectedOnItsOwn() {
    String longText =
        LAW + " " + "The parties meet monthly. ".repeat(TextEvidence.KEPT_LENGTH / 20);
    String otherLongText = longText.replace("governed by the laws of", "paid under the terms of");

    List<TextEvidence> first = TextEvidence.ofShipped(longText);

    assertThat(longText.length()).isGreaterThan(TextEvidence.KEPT_LENGTH);
    assertThat(first).isEqualTo(TextEvidence.in(longText, shipped()));
    assertThat(TextEvidence.ofShipped(new String(longText.toCharArray()))).isSameAs(first);
    assertThat(TextEvidence.ofShipped(otherLongText))
        .isEqualTo(TextEvidence.in(otherLongText, shipped()))
        .extracting(TextEvidence::category)
        .doesNotContain(ClauseCategory.GOVERNING_LAW);
  }
}
