package org.clausewatch.flag.domain;

import java.time.Instant;

/**
 * A flag as pages show it: the explanation, and the evidence with the matched words (offsets in the
 * evidence), the clause it is about and whether legal staff dismissed it.
 */
public record FlagView(
    long id,
    long version,
    String rule,
    Severity severity,
    boolean attention,
    String explanation,
    String evidence,
    Integer wordsStart,
    Integer wordsEnd,
    String clauseNumber,
    String dismissedBy,
    Instant dismissedAt,
    String dismissalReason) {

  public boolean dismissed() {
    return dismissedBy != null;
  }

  /** The evidence before the matched words. */
  public String before() {
    return hasWords() ? evidence.substring(0, wordsStart) : evidence;
  }

  /** The matched words. */
  public String words() {
    return hasWords() ? evidence.substring(wordsStart, wordsEnd) : null;
  }

  /** The evidence after the matched words. */
  public String after() {
    return hasWords() ? evidence.substring(wordsEnd) : null;
  }

  private boolean hasWords() {
    return evidence != null
        && wordsStart != null
        && wordsEnd != null
        && wordsStart >= 0
        && wordsEnd <= evidence.length()
        && wordsStart < wordsEnd;
  }
}
