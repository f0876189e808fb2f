package org.clausewatch.alert.domain;

import org.clausewatch.shared.Classification;

/**
 * One thing a user watches: a contract, a party (every contract it is party to) or a deadline kind.
 * {@code label} is the contract number, party name or kind; a contract the user is no longer
 * cleared for shows no number, no title and no marking. {@code marking} is a watched contract's,
 * for the page's banners; null for a party or a kind.
 */
public record Watch(long id, Target target, String label, String detail, Classification marking) {

  /** What is watched. */
  public enum Target {
    CONTRACT,
    PARTY,
    KIND
  }
}
