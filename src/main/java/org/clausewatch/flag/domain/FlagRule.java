package org.clausewatch.flag.domain;

/**
 * The rules about a contract's situation (R2). Rules about the words of clauses are named {@code
 * TEXT_} and a {@link ClauseCategory} ({@link #textRule}).
 */
public enum FlagRule {
  /** The parties' latest stances on a term disagree (an open or escalated dispute). */
  TERM_DISPUTED,
  /** An open deadline's due time has passed. */
  DEADLINE_OVERDUE,
  /** An open deadline is inside its kind's lead time. */
  DEADLINE_DUE_SOON,
  /** An open obligation has occurrences whose date passed and that nobody settled. */
  OBLIGATION_OVERDUE,
  /** An open deadline names what happens if it is not met. */
  THREATENED_CONSEQUENCES,
  /** A demand asks for use without restriction while the contract prohibits or conditions a use. */
  DEMAND_CONFLICTS_WITH_RESTRICTION,
  /** A clause cites a version older than the library's, or one the library does not know. */
  OUTDATED_CLAUSE_DATE;

  public static final String TEXT_PREFIX = "TEXT_";

  public static String textRule(ClauseCategory category) {
    return TEXT_PREFIX + category.name();
  }
}
