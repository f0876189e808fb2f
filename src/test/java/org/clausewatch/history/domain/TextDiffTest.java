package org.clausewatch.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewatch.history.domain.TextSegment.Kind;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void aRewordedClauseShowsRemovedAndAddedWordsInPlace() {
    List<TextSegment> diff =
        TextDiff.words(
            "Contractor shall not use the service for mass surveillance of Americans.",
            "Contractor shall not use the service for any lawful purpose without review.");

    assertThat(diff)
        .containsExactly(
            new TextSegment(Kind.SAME, "Contractor shall not use the service for "),
            new TextSegment(Kind.REMOVED, "mass surveillance of Americans."),
            new TextSegment(Kind.ADDED, "any lawful purpose without review."));
  }

  @Test
  void joiningTheKeptAndAddedSegmentsGivesTheNewTextBack() {
    String before = "No final targeting decisions without meaningful human involvement.";
    String after = "No final targeting decisions without human review, except in emergencies.";
    StringBuilder rebuilt = new StringBuilder();
    TextDiff.words(before, after).stream()
        .filter(s -> s.kind() != Kind.REMOVED)
        .forEach(s -> rebuilt.append(s.text()));
    assertThat(rebuilt.toString()).isEqualTo(after);
  }

  @Test
  void onlyLongTextsGetAWordDiff() {
    assertThat(FieldChange.of("Status", "ACTIVE", "SUSPENDED").hasWordDiff()).isFalse();
    String longText = "word ".repeat(40);
    assertThat(FieldChange.of("Text", longText, longText + "more").hasWordDiff()).isTrue();
    assertThat(FieldChange.of("Text", null, longText).hasWordDiff())
        .as("a created field has nothing to compare")
        .isFalse();
  }

  @Test
  void fieldNamesReadAsLabels() {
    assertThat(Snapshots.humanize("obligatedAmount")).isEqualTo("Obligated amount");
    assertThat(Snapshots.humanize("status")).isEqualTo("Status");
  }
}
