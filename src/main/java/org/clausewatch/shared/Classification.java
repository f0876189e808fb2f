package org.clausewatch.shared;

import java.util.Collection;
import java.util.Objects;

/**
 * Classification marking of a contract and clearance of a user, lowest first: the order is
 * meaningful.
 */
public enum Classification {
  UNCLASSIFIED,
  CUI,
  SECRET,
  TOP_SECRET;

  /** Whether a holder of {@code clearance} may see something marked this way. */
  public boolean isVisibleTo(Classification clearance) {
    return compareTo(clearance) <= 0;
  }

  /** As a banner reads it: "TOP SECRET". */
  public String label() {
    return name().replace('_', ' ');
  }

  /** The marking of this name ({@code "SECRET"}), or null for null. */
  public static Classification named(String name) {
    return name == null ? null : valueOf(name);
  }

  /**
   * The highest of these markings, which a page showing things so marked carries as its banner;
   * null when there are none (nulls are ignored).
   */
  public static Classification highest(Collection<Classification> markings) {
    return markings.stream().filter(Objects::nonNull).max(Classification::compareTo).orElse(null);
  }
}
