package org.clausewatch.search.domain;

import java.util.Objects;

/**
 * A search as the user asked it: the words (web-search syntax: quoted phrases, {@code -word},
 * {@code or}) and optional facet filters; null means "any".
 *
 * @param category a clause category (only clauses are found then)
 * @param party a party's exact name: the contract's buyer or vendor
 */
public record SearchRequest(
    String text,
    SearchKind kind,
    String status,
    String classification,
    String category,
    String party,
    int page,
    int size) {

  public static final int TEXT_MAX_LENGTH = 200;

  public SearchRequest {
    text = Objects.requireNonNull(text).strip();
    if (text.isEmpty() || text.length() > TEXT_MAX_LENGTH) {
      throw new IllegalArgumentException("search words: 1 to " + TEXT_MAX_LENGTH + " characters");
    }
    if (page < 1 || size < 1 || size > 100) {
      throw new IllegalArgumentException("page from 1, size 1 to 100");
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
