package org.clausewatch.clause.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hibernate.annotations.Immutable;

/** A FAR Part 52 or DFARS Part 252 clause or provision: read-only reference text. */
@Entity
@Immutable
@Table(name = "standard_clause")
public class StandardClause {

  /** FAR 52.xxx-x or DFARS 252.xxx-xxxx. */
  public static final Pattern NUMBER = Pattern.compile("(52|252)\\.\\d{3}-\\d+");

  @Id
  @Column(name = "number")
  private String number;

  @Column(name = "regulation", nullable = false)
  private String regulation;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "clause_date")
  private LocalDate clauseDate;

  @Column(name = "text", nullable = false)
  private String text;

  protected StandardClause() {
    // for JPA
  }

  public static boolean isLibraryNumber(String number) {
    return number != null && NUMBER.matcher(number).matches();
  }

  public String number() {
    return number;
  }

  public String regulation() {
    return regulation;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public LocalDate clauseDate() {
    return clauseDate;
  }

  public String text() {
    return text;
  }
}
