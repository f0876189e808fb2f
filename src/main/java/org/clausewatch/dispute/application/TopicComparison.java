package org.clausewatch.dispute.application;

import java.util.List;
import java.util.stream.Stream;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.shared.Classification;

/**
 * One topic across every contract and vendor the caller may see: each restriction about it with the
 * dispute state and every party's latest stance side by side, and the contracts of the same buyers
 * that have no such restriction (R5).
 */
public record TopicComparison(
    long topicId, String name, String description, List<Row> rows, List<Without> without) {

  /** Rows and contracts shown at most. */
  public static final int MAX = 500;

  public TopicComparison {
    rows = List.copyOf(rows);
    without = List.copyOf(without);
  }

  /** The highest marking of the contracts shown, for the page's banners. */
  public Classification marking() {
    return Classification.highest(
        Stream.concat(rows.stream().map(Row::marking), without.stream().map(Without::marking))
            .map(Classification::named)
            .toList());
  }

  /** A restriction about the topic. */
  public record Row(
      String contractNumber,
      String contractTitle,
      String marking,
      String buyer,
      String vendor,
      String clauseNumber,
      String restrictedUse,
      String kind,
      String condition,
      boolean withdrawn,
      TermView term) {

    /** The buyer's latest stance, or null. */
    public String buyerStance() {
      return stanceOf(buyer);
    }

    /** The vendor's latest stance, or null. */
    public String vendorStance() {
      return stanceOf(vendor);
    }

    private String stanceOf(String party) {
      return term.latest().stream()
          .filter(p -> p.party().equals(party) && p.stance() != null)
          .map(p -> p.stance().name())
          .findFirst()
          .orElse(null);
    }
  }

  /** A contract of one of the buyers without a restriction about the topic. */
  public record Without(String number, String title, String marking, String buyer, String vendor) {}
}
