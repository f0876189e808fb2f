package org.clausewatch.deadline.domain;

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
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/** What a party owes under a contract: once by a date, or again and again by a rule (R4). */
@Entity
@Audited
@Table(name = "obligation")
public class Obligation {

  public static final int DESCRIPTION_MAX_LENGTH = 2000;

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
    this.owingParty = Objects.requireNonNull(owingParty, "An obligation is owed by a party");
    String text =
        Text.required(
            description,
            DESCRIPTION_MAX_LENGTH,
            "An obligation description has 1 to " + DESCRIPTION_MAX_LENGTH + " characters");
    if (dueDate == null && recurrence == null) {
      throw new IllegalArgumentException("An obligation is due on a date or recurs by a rule");
    }
    if (sourceClause != null && sourceClause.contract() != contract) {
      throw new IllegalArgumentException("The source clause belongs to another contract");
    }
    this.description = text;
    this.sourceClause = sourceClause;
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
