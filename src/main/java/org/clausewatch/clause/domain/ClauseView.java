package org.clausewatch.clause.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A clause as the contract page shows it, with its library entry when it cites one (R2, R3).
 *
 * @param libraryTitle null when the number is not in the library
 */
public record ClauseView(
    long id,
    int position,
    String number,
    LocalDate citedDate,
    String heading,
    String text,
    ClauseCategory category,
    String libraryTitle,
    LocalDate libraryDate,
    long version,
    boolean removed,
    String modificationNumber) {

  public boolean inLibrary() {
    return libraryTitle != null;
  }

  public boolean unknownDate() {
    return Clause.isUnknownDate(citedDate, libraryDate);
  }

  public boolean outdated() {
    return Clause.isOutdated(citedDate, libraryDate);
  }

  public YearMonth cited() {
    return citedDate == null ? null : YearMonth.from(citedDate);
  }

  public YearMonth libraryVersion() {
    return libraryDate == null ? null : YearMonth.from(libraryDate);
  }
}
