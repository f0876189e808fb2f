package org.clausewatch.alert.domain;

/**
 * One thing a user watches: a contract, a party (every contract it is party to) or a deadline kind.
 * {@code label} is the contract number, party name or kind; a contract the user is no longer
 * cleared for shows no number.
 */
public record Watch(long id, Target target, String label, String detail) {

  /** What is watched. */
  public enum Target {
    CONTRACT,
    PARTY,
    KIND
  }
}
