package org.clausewatch.dispute.domain;

/** Where a party stands on a term (a clause, or a usage restriction of it). */
public enum Stance {
  ACCEPTS("accepts"),
  REJECTS("rejects"),
  ACCEPTS_WITH_CONDITIONS("accepts with conditions"),
  PROPOSES_ALTERNATIVE("proposes other wording");

  private final String words;

  Stance(String words) {
    this.words = words;
  }

  /** The stance as a verb after the party's name: "Anthropic accepts". */
  public String words() {
    return words;
  }
}
