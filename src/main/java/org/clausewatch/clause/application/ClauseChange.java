package org.clausewatch.clause.application;

import java.time.YearMonth;
import org.clausewatch.clause.domain.ClauseCategory;

/**
 * One change a modification makes to the clauses of a contract.
 *
 * @param number the clause's number; for {@link Kind#ADD_FROM_LIBRARY} the library's number
 * @param heading, text the wording for {@link Kind#ADD_LOCAL} and {@link Kind#REVISE}
 */
public record ClauseChange(
    Kind kind,
    String number,
    YearMonth cited,
    String heading,
    String text,
    ClauseCategory category) {

  /** What the change does. */
  public enum Kind {
    ADD_FROM_LIBRARY,
    ADD_LOCAL,
    REVISE,
    REMOVE
  }

  public static ClauseChange revise(String number, String heading, String text) {
    return new ClauseChange(Kind.REVISE, number, null, heading, text, null);
  }

  public static ClauseChange remove(String number) {
    return new ClauseChange(Kind.REMOVE, number, null, null, null, null);
  }

  public static ClauseChange addFromLibrary(
      String libraryNumber, YearMonth cited, ClauseCategory category) {
    return new ClauseChange(Kind.ADD_FROM_LIBRARY, libraryNumber, cited, null, null, category);
  }

  public static ClauseChange addLocal(
      String number, String heading, String text, ClauseCategory category) {
    return new ClauseChange(Kind.ADD_LOCAL, number, null, heading, text, category);
  }
}
