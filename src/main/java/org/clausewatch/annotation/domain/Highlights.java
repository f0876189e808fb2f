package org.clausewatch.annotation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A clause's text cut where annotated words start and end, so a page can mark them without ever
 * building markup from the text (R3): each piece is printed escaped, inside a mark when annotations
 * cover it.
 */
public final class Highlights {

  /** A run of the text and the annotations that cover it (none: plain text). */
  public record Piece(String text, List<Long> annotations) {

    public Piece {
      annotations = List.copyOf(annotations);
    }

    public boolean marked() {
      return !annotations.isEmpty();
    }

    /** "12 61": the covering annotations' ids, for the page's data attribute. */
    public String ids() {
      return String.join(" ", annotations.stream().map(String::valueOf).toList());
    }
  }

  private Highlights() {}

  /**
   * The text in pieces; orphaned annotations and anchors outside the text mark nothing. Every
   * annotation of the clause is marked, whichever page of the list shows it.
   */
  public static List<Piece> of(String text, List<AnnotationAnchor> annotations) {
    List<AnnotationAnchor> anchored =
        annotations.stream()
            .filter(a -> a.anchorStart() != null && a.anchorEnd() != null)
            .filter(a -> a.anchorStart() >= 0 && a.anchorEnd() <= text.length())
            .filter(a -> a.anchorStart() < a.anchorEnd())
            .toList();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (AnnotationAnchor a : anchored) {
      cuts.add(a.anchorStart());
      cuts.add(a.anchorEnd());
    }
    List<Piece> pieces = new ArrayList<>();
    Integer from = null;
    for (int cut : cuts) {
      if (from != null && cut > from) {
        int start = from;
        int end = cut;
        List<Long> covering =
            anchored.stream()
                .filter(a -> a.anchorStart() <= start && a.anchorEnd() >= end)
                .map(AnnotationAnchor::id)
                .toList();
        pieces.add(new Piece(text.substring(start, end), covering));
      }
      from = cut;
    }
    return pieces;
  }
}
