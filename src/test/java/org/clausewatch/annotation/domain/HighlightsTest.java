package org.clausewatch.annotation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static AnnotationAnchor at(long id, Integer start, Integer end) {
    return new AnnotationAnchor(id, start, end);
  }

  @Test
  void overlappingAnnotationsCutTheTextIntoPiecesThatKeepItWhole() {
    String text = "No mass surveillance of Americans.";

    List<Highlights.Piece> pieces =
        Highlights.of(text, List.of(at(1, 3, 20), at(2, 8, 33), at(3, null, null)));

    assertThat(String.join("", pieces.stream().map(Highlights.Piece::text).toList()))
        .isEqualTo(text);
    assertThat(pieces)
        .extracting(Highlights.Piece::text, Highlights.Piece::ids)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("No ", ""),
            org.assertj.core.groups.Tuple.tuple("mass ", "1"),
            org.assertj.core.groups.Tuple.tuple("surveillance", "1 2"),
            org.assertj.core.groups.Tuple.tuple(" of Americans", "2"),
            org.assertj.core.groups.Tuple.tuple(".", ""));
  }

  @Test
  void markupInTheTextStaysTextForThePageToEscape() {
    List<Highlights.Piece> pieces = Highlights.of("<b>x</b>", List.of(at(1, 3, 4)));

    assertThat(pieces).extracting(Highlights.Piece::text).containsExactly("<b>", "x", "</b>");
  }

  @Test
  void anAnchorOutsideTheTextMarksNothing() {
    assertThat(Highlights.of("short", List.of(at(1, 2, 50))))
        .singleElement()
        .extracting(Highlights.Piece::marked)
        .isEqualTo(false);
  }
}
