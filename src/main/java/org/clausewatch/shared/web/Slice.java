package org.clausewatch.shared.web;

import java.util.List;

/**
 * One page of a list read with one row more than the page holds, so that a page knows whether a
 * next one exists without counting: {@code items} are the page, {@code more} says there is a next.
 */
public record Slice<T>(List<T> items, boolean more) {

  /** The first {@code size} of {@code fetched} (read with {@code size + 1} rows). */
  public static <T> Slice<T> of(List<T> fetched, int size) {
    boolean more = fetched.size() > size;
    return new Slice<>(more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), more);
  }

  /** A 1-based page number from a URL parameter: missing or below 1 is 1; at most 10,000. */
  public static int pageNumber(Integer page) {
    return page == null || page < 1 ? 1 : Math.min(page, 10_000);
  }
}
