package org.clausewatch.clause.application;

import java.time.LocalDate;
import org.clausewatch.clause.domain.StandardClause;

/** A FAR/DFARS library clause as pages show it. */
public record LibraryEntry(
    String number,
    String regulation,
    String kind,
    String title,
    LocalDate clauseDate,
    String text) {

  static LibraryEntry of(StandardClause sc) {
    return new LibraryEntry(
        sc.number(), sc.regulation(), sc.kind(), sc.title(), sc.clauseDate(), sc.text());
  }
}
