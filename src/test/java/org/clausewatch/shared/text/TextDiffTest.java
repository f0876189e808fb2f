package org.clausewatch.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewatch.shared.text.TextSegment.Kind;
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

  /**
   * Rebuilds one side: the old text from kept and removed segments, the new from kept and added.
   */
  private static String side(List<TextSegment> diff, Kind skipped) {
    StringBuilder text = new StringBuilder();
    diff.stream().filter(s -> s.kind() != skipped).forEach(s -> text.append(s.text()));
    return text.toString();
  }

  private static String words(String prefix, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(prefix).append(i).append(i % 12 == 11 ? ".\n" : " ");
    }
    return text.toString();
  }

  @Test
  void aSmallChangeInAHugeClauseIsShownWordByWord() {
    String before = words("w", 40_000);
    String after = before.replace(" w20000 ", " changed ");

    List<TextSegment> diff = TextDiff.words(before, after);

    assertThat(diff)
        .extracting(TextSegment::kind)
        .containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
    assertThat(diff.get(1).text()).isEqualTo("w20000 ");
    assertThat(diff.get(2).text()).isEqualTo("changed ");
  }

  @Test
  void twoHugeUnrelatedTextsFallBackToACoarserDiffThatStillRebuildsBothTexts() {
    String before = words("old", 30_000);
    String after = words("new", 30_000);

    List<TextSegment> diff = TextDiff.words(before, after);

    assertThat(side(diff, Kind.ADDED)).isEqualTo(before);
    assertThat(side(diff, Kind.REMOVED)).isEqualTo(after);
  }

  @Test
  void manyChangedLinesAreDiffedLineByLine() {
    String before = words("same", 6_000);
    String after = before.replace("same11.", "edited.");

    List<TextSegment> diff = TextDiff.words(before, after);

    assertThat(diff).anySatisfy(s -> assertThat(s.kind()).isEqualTo(Kind.SAME));
    assertThat(side(diff, Kind.ADDED)).isEqualTo(before);
    assertThat(side(diff, Kind.REMOVED)).isEqualTo(after);
  }
}
