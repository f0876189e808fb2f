package org.clausewatch.shared;

/** Which slice of a list to read: {@code offset} rows skipped, at most {@code limit} returned. */
public record PageRequest(int offset, int limit) {

  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
