package org.clausewatch.clause.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/** One clause of a contract, in its place. */
@Entity
@Audited
@Table(name = "clause")
public class Clause {

  public static final int NUMBER_MAX_LENGTH = 40;
  public static final int HEADING_MAX_LENGTH = 500;

  /** The longest clause text (the longest FAR or DFARS clause in the library has 159,026). */
  public static final int TEXT_MAX_LENGTH = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_seq")
  @SequenceGenerator(name = "clause_seq", sequenceName = "clause_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "number", nullable = false, length = NUMBER_MAX_LENGTH)
  private String number;

  /** Month and year the clause cites, e.g. (NOV 2021), stored as the first of that month. */
  @Column(name = "cited_date")
  private LocalDate citedDate;

  @Column(name = "heading", nullable = false, length = HEADING_MAX_LENGTH)
  private String heading;

  @Column(name = "text", nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private ClauseCategory category;

  /** The modification that made this version; null for wording of the award or a correction. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "modification_id")
  private Modification modification;

  /**
   * What the last correction of this wording fixed; null for wording of the award or a
   * modification.
   */
  @Column(name = "correction_note")
  private String correctionNote;

  /** Removed by a modification: kept with its history, no longer in force. */
  @Column(name = "removed", nullable = false)
  private boolean removed;

  protected Clause() {
    // for JPA
  }

  /**
   * @throws IllegalArgumentException when a field is missing or too long (R1)
   */
  public Clause(
      Contract contract,
      int position,
      String number,
      YearMonth cited,
      String heading,
      String text,
      ClauseCategory category) {
    this.contract = Objects.requireNonNull(contract, "A clause belongs to a contract");
    if (position < 0) {
      throw new IllegalArgumentException("A clause position cannot be negative");
    }
    this.position = position;
    this.number = required(number, "number", NUMBER_MAX_LENGTH);
    this.citedDate = cited == null ? null : cited.atDay(1);
    this.heading = required(heading, "heading", HEADING_MAX_LENGTH);
    this.text = required(text, "text", TEXT_MAX_LENGTH);
    this.category = Objects.requireNonNull(category, "A clause needs a category");
  }

  private static String required(String value, String what, int max) {
    return Text.required(
        value, max, "A clause needs a " + what + " of at most " + max + " characters");
  }

  public static final int NOTE_MAX_LENGTH = 500;

  /**
   * A correction of the wording as executed, a typo (R6): the note says what was corrected, and the
   * old wording stays in the history.
   *
   * @throws BusinessException when a field or the note is missing or too long, or the clause was
   *     removed
   */
  public void correct(String newHeading, String newText, String note) {
    requireInForce();
    String checked =
        Text.required(
            note,
            NOTE_MAX_LENGTH,
            "Say what the correction fixes, in at most " + NOTE_MAX_LENGTH + " characters.");
    revise(newHeading, newText);
    correctionNote = checked;
  }

  private void revise(String newHeading, String newText) {
    this.heading = required(newHeading, "heading", HEADING_MAX_LENGTH);
    this.text = required(newText, "text", TEXT_MAX_LENGTH);
  }

  /**
   * New wording through a modification (R4): this version names the modification that made it.
   *
   * @throws IllegalStateException if the clause was removed
   */
  public void reviseBy(Modification by, String newHeading, String newText) {
    requireInForce();
    revise(newHeading, newText);
    correctionNote = null;
    modification = Objects.requireNonNull(by, "modification");
  }

  /**
   * Takes the clause out of force through a modification (R4); it stays in the history.
   *
   * @throws IllegalStateException if it was removed already
   */
  public void removeBy(Modification by) {
    requireInForce();
    modification = Objects.requireNonNull(by, "modification");
    removed = true;
  }

  /** Marks a new clause as added by a modification rather than part of the award (R4). */
  public void addedBy(Modification by) {
    modification = Objects.requireNonNull(by, "modification");
  }

  private void requireInForce() {
    if (removed) {
      throw new BusinessException(
          "Clause " + number + " was removed by modification " + modification.number());
    }
  }

  public String correctionNote() {
    return correctionNote;
  }

  public boolean removed() {
    return removed;
  }

  public Modification modification() {
    return modification;
  }

  public long version() {
    return version;
  }

  /** R3: the clause cites an older version than the library holds. */
  /**
   * R3: the clause cites a date later than the library's newest version: a version the library does
   * not know (a typo, or a library that is behind).
   */
  public static boolean isUnknownDate(LocalDate cited, LocalDate libraryDate) {
    return cited != null && libraryDate != null && cited.isAfter(libraryDate);
  }

  public static boolean isOutdated(LocalDate cited, LocalDate libraryDate) {
    return cited != null && libraryDate != null && cited.isBefore(libraryDate);
  }

  public Long id() {
    return id;
  }

  public Contract contract() {
    return contract;
  }

  public int position() {
    return position;
  }

  public String number() {
    return number;
  }

  public YearMonth cited() {
    return citedDate == null ? null : YearMonth.from(citedDate);
  }

  public String heading() {
    return heading;
  }

  public String text() {
    return text;
  }

  public ClauseCategory category() {
    return category;
  }
}
