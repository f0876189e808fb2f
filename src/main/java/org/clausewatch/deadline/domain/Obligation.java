package org.clausewatch.deadline.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/** What a party owes under a contract: once by a date, or again and again by a rule (R4). */
@Entity
@Audited
@Table(name = "obligation")
public class Obligation {

  public static final int DESCRIPTION_MAX_LENGTH = 2000;
  public static final int NOTE_MAX_LENGTH = 2000;
  public static final int PERSON_MAX_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_seq")
  @SequenceGenerator(name = "obligation_seq", sequenceName = "obligation_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owing_party_id", nullable = false)
  private Party owingParty;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_clause_id")
  private Clause sourceClause;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "recurrence", length = 500)
  private String recurrence;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ObligationStatus status;

  /** Who in the agency looks after it (a name, free text); optional. */
  @Column(name = "responsible_person", length = PERSON_MAX_LENGTH)
  private String responsiblePerson;

  /** The last day a recurring obligation that was ended is owed; null while it goes on. */
  @Column(name = "ended_after")
  private LocalDate endedAfter;

  /** Who ended it, when and why; null while it goes on. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "ended_by"))
  @AttributeOverride(name = "at", column = @Column(name = "ended_at"))
  @AttributeOverride(name = "reason", column = @Column(name = "end_reason"))
  private Attribution ended;

  /**
   * The rule as it was before the obligation was ended (a COUNT included); null while it goes on.
   */
  @Column(name = "rule_before_end", length = 500)
  private String ruleBeforeEnd;

  /** Who reopened it after an end, when and why; null unless reopened and not ended since. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "reopened_by"))
  @AttributeOverride(name = "at", column = @Column(name = "reopened_at"))
  @AttributeOverride(name = "reason", column = @Column(name = "reopen_reason"))
  private Attribution reopened;

  @ElementCollection
  @CollectionTable(
      name = "obligation_occurrence",
      joinColumns = @JoinColumn(name = "obligation_id"))
  @OrderColumn(name = "position")
  private List<Occurrence> settled = new ArrayList<>();

  protected Obligation() {
    // for JPA
  }

  private Obligation(
      Contract contract,
      Party owingParty,
      String description,
      Clause sourceClause,
      LocalDate dueDate,
      Recurrence recurrence) {
    this.contract = Objects.requireNonNull(contract, "An obligation belongs to a contract");
    if (dueDate == null && recurrence == null) {
      throw new BusinessException("An obligation is due on a date or recurs by a rule");
    }
    revise(owingParty, description, sourceClause);
    this.dueDate = dueDate;
    this.recurrence = recurrence == null ? null : recurrence.rule();
    this.status = ObligationStatus.OPEN;
  }

  public static Obligation dueOn(
      Contract contract, Party owingParty, String description, Clause source, LocalDate due) {
    return new Obligation(
        contract, owingParty, description, source, Objects.requireNonNull(due, "due date"), null);
  }

  /**
   * @param firstDue the first occurrence (series start), or null to start with the contract
   * @throws IllegalArgumentException if the rule is not a valid RRULE
   */
  public static Obligation recurring(
      Contract contract,
      Party owingParty,
      String description,
      Clause source,
      LocalDate firstDue,
      String rrule) {
    return new Obligation(
        contract, owingParty, description, source, firstDue, Recurrence.parse(rrule));
  }

  /**
   * Corrects what is owed, by whom and under which clause; its dates and what was settled stay.
   *
   * @throws BusinessException if the description is blank or too long, or the clause belongs to
   *     another contract
   */
  public void revise(Party owingParty, String description, Clause sourceClause) {
    Party owing = Objects.requireNonNull(owingParty, "An obligation is owed by a party");
    String text =
        Text.required(
            description,
            DESCRIPTION_MAX_LENGTH,
            "An obligation description has 1 to " + DESCRIPTION_MAX_LENGTH + " characters");
    if (sourceClause != null && sourceClause.contract() != contract) {
      throw new BusinessException("The source clause belongs to another contract");
    }
    this.owingParty = owing;
    this.description = text;
    this.sourceClause = sourceClause;
  }

  /**
   * Moves the due date of a one-time obligation nobody settled yet (the parties agreed another
   * day). A series keeps its dates, which settled occurrences refer to: end it and record the new
   * one.
   *
   * @throws BusinessException if it recurs or is settled already
   */
  public void moveDueDate(LocalDate newDue) {
    Objects.requireNonNull(newDue, "A one-time obligation is due on a date");
    if (recurrence != null) {
      throw new BusinessException(
          "The dates of a recurring obligation do not move: end it and add the new series");
    }
    if (status != ObligationStatus.OPEN) {
      throw new BusinessException(
          "The obligation is "
              + status.name().toLowerCase(java.util.Locale.ROOT)
              + " already: its due date no longer moves");
    }
    dueDate = newDue;
  }

  public void assignTo(String person) {
    responsiblePerson =
        Text.optional(
            person,
            PERSON_MAX_LENGTH,
            "A responsible person's name has at most " + PERSON_MAX_LENGTH + " characters");
  }

  /**
   * Settles one occurrence (R8): the due date of a one-time obligation, or a date of a recurring
   * one's series. Each occurrence is settled once; a one-time obligation then takes the outcome as
   * its status, a series stays open for its other dates.
   *
   * @throws IllegalArgumentException if the date is not an occurrence, or the note is too long
   * @throws IllegalStateException if that occurrence was settled already
   */
  public void settle(
      LocalDate date, OccurrenceOutcome outcome, String by, Instant at, String note) {
    Objects.requireNonNull(date, "An occurrence has a date");
    Objects.requireNonNull(outcome, "An occurrence is fulfilled, waived or missed");
    if (!isOccurrence(date)) {
      throw new BusinessException("The obligation \"" + description + "\" is not due on " + date);
    }
    if (outcomeOn(date) != null) {
      throw new BusinessException(
          "The occurrence of " + date + " is already " + outcomeOn(date).name().toLowerCase());
    }
    settled.add(
        new Occurrence(
            date,
            outcome,
            Objects.requireNonNull(at, "when"),
            Text.required(by, 64, "Who settled the occurrence must be known"),
            Text.optional(
                note, NOTE_MAX_LENGTH, "A note has at most " + NOTE_MAX_LENGTH + " characters")));
    if (recurrence == null) {
      status = outcome.asStatus();
    }
  }

  /**
   * Ends a recurring obligation: nothing after {@code lastOwed} is owed any more (the contract was
   * terminated, a modification dropped the requirement). Its rule gets that UNTIL; occurrences up
   * to that day keep their state and may still be settled. A one-time obligation is not ended but
   * settled (waived, for one no longer owed).
   *
   * @throws BusinessException if it is a one-time obligation, ended already, an occurrence after
   *     {@code lastOwed} was settled, no occurrence falls after it, or the reason is missing or too
   *     long
   */
  public void end(LocalDate lastOwed, String by, Instant at, String reason) {
    Objects.requireNonNull(lastOwed, "An obligation ends after a date");
    if (recurrence == null) {
      throw new BusinessException(
          "A one-time obligation is not ended: settle its occurrence (waived, if it is no longer"
              + " owed)");
    }
    if (endedAfter != null) {
      throw new BusinessException("The obligation has ended already, after " + endedAfter);
    }
    Attribution why =
        Attribution.of(
            by,
            at,
            reason,
            "ended",
            "Say why the obligation ends (at most " + NOTE_MAX_LENGTH + " characters)");
    settled.stream()
        .filter(o -> o.dueDate().isAfter(lastOwed))
        .map(Occurrence::dueDate)
        .min(LocalDate::compareTo)
        .ifPresent(
            settledDate -> {
              throw new BusinessException(
                  "The occurrence of "
                      + settledDate
                      + " is settled already: the obligation can end on or after that day");
            });
    String before = recurrence;
    recurrence = recurrence().endingAfter(dueDate != null ? dueDate : lastOwed, lastOwed).rule();
    ruleBeforeEnd = before;
    endedAfter = lastOwed;
    ended = why;
    reopened = null;
  }

  /**
   * Undoes an end (it was a mistake, or the requirement came back): the rule is again the one it
   * had before, so the occurrences after the day it ended are owed again; those that have passed
   * are overdue until someone settles them. Who reopened it, when and why are kept until it is
   * ended again; the end it undid stays in its history.
   *
   * @return the first day owed again: the day after it had ended
   * @throws BusinessException if it was not ended, or the reason is missing or too long
   */
  public LocalDate reopen(String by, Instant at, String reason) {
    if (endedAfter == null) {
      throw new BusinessException("The obligation was not ended: there is nothing to reopen");
    }
    reopened =
        Attribution.of(
            by,
            at,
            reason,
            "reopened",
            "Say why the obligation is owed again (at most " + NOTE_MAX_LENGTH + " characters)");
    LocalDate owedAgainFrom = endedAfter.plusDays(1);
    recurrence = ruleBeforeEnd;
    ruleBeforeEnd = null;
    endedAfter = null;
    ended = null;
    return owedAgainFrom;
  }

  /** Why it was reopened after an end; null unless reopened and not ended since. */
  public String reopenReason() {
    return reopened == null ? null : reopened.reason();
  }

  /** The last day an ended obligation is owed; null while it goes on. */
  public LocalDate endedAfter() {
    return endedAfter;
  }

  public String endReason() {
    return ended == null ? null : ended.reason();
  }

  /** Whether the obligation falls due on {@code date}. */
  public boolean isOccurrence(LocalDate date) {
    return fallsDue(dueDate, recurrence, date);
  }

  /**
   * Whether an obligation due on {@code dueDate} (its first date if it recurs), recurring by {@code
   * rule} (null if it does not), falls due on {@code date}: what {@link #isOccurrence} answers, for
   * an obligation read as a view.
   */
  static boolean fallsDue(LocalDate dueDate, String rule, LocalDate date) {
    if (rule == null) {
      return date.equals(dueDate);
    }
    LocalDate start = dueDate != null ? dueDate : date;
    return Recurrence.parse(rule).occurrences(start, date, 1).stream().anyMatch(date::equals);
  }

  /** How the occurrence of {@code date} was settled; null while open. */
  public OccurrenceOutcome outcomeOn(LocalDate date) {
    return settled.stream()
        .filter(o -> o.dueDate().equals(date))
        .map(Occurrence::outcome)
        .findFirst()
        .orElse(null);
  }

  public List<Occurrence> settledOccurrences() {
    return Collections.unmodifiableList(settled);
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public long version() {
    return version;
  }

  public Contract contract() {
    return contract;
  }

  public Long id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Party owingParty() {
    return owingParty;
  }

  public Clause sourceClause() {
    return sourceClause;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Recurrence recurrence() {
    return recurrence == null ? null : Recurrence.parse(recurrence);
  }

  public ObligationStatus status() {
    return status;
  }
}
