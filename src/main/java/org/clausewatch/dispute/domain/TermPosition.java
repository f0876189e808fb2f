package org.clausewatch.dispute.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.party.domain.Party;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/**
 * What one party said about a term (a clause, or a usage restriction of it), with its stance, when
 * and where it was said (R1). Revising keeps this one, as revised, and starts a new one;
 * withdrawing leaves the party without a stance on the term.
 */
@Entity
@Audited
@Table(name = "term_position")
public class TermPosition {

  public static final int STATEMENT_MAX_LENGTH = 4000;
  public static final int SOURCE_MAX_LENGTH = 500;

  /** The zone where "today" comes last: a date stated as today anywhere is never "future". */
  private static final ZoneId LATEST_TODAY = ZoneId.of("Pacific/Kiritimati");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_position_seq")
  @SequenceGenerator(
      name = "term_position_seq",
      sequenceName = "term_position_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clause_id", nullable = false)
  private Clause clause;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "restriction_id")
  private UsageRestriction restriction;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @Enumerated(EnumType.STRING)
  @Column(name = "stance")
  private Stance stance;

  @Column(name = "statement", nullable = false)
  private String statement;

  @Column(name = "stated_on", nullable = false)
  private LocalDate statedOn;

  @Column(name = "source", nullable = false)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private PositionState state;

  @Column(name = "revises_id")
  private Long revisesId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  protected TermPosition() {
    // for JPA
  }

  /**
   * A party's first position on a term.
   *
   * @param restriction null for a position on the clause itself
   * @throws BusinessException if a field is missing, too long, or the date is in the future
   */
  public static TermPosition stated(
      Clause clause,
      UsageRestriction restriction,
      Party party,
      Stance stance,
      String statement,
      LocalDate statedOn,
      String source,
      Instant at,
      String by) {
    if (restriction != null && !Objects.equals(restriction.clause().id(), clause.id())) {
      throw new IllegalArgumentException("The restriction belongs to another clause");
    }
    return new TermPosition(
        clause, restriction, party, stance, statement, statedOn, source, null, at, by);
  }

  private TermPosition(
      Clause clause,
      UsageRestriction restriction,
      Party party,
      Stance stance,
      String statement,
      LocalDate statedOn,
      String source,
      Long revisesId,
      Instant at,
      String by) {
    this.clause = Objects.requireNonNull(clause, "A position is on a clause");
    this.contract = clause.contract();
    this.restriction = restriction;
    this.party = Objects.requireNonNull(party, "A position is stated by a party");
    if (stance == null) {
      throw new BusinessException("Choose the party's stance.");
    }
    this.stance = stance;
    this.statement =
        Text.required(
            statement,
            STATEMENT_MAX_LENGTH,
            "A position's statement has 1 to " + STATEMENT_MAX_LENGTH + " characters.");
    this.source =
        Text.required(
            source,
            SOURCE_MAX_LENGTH,
            "A position's source has 1 to " + SOURCE_MAX_LENGTH + " characters.");
    if (statedOn == null) {
      throw new BusinessException("A position needs the date it was stated.");
    }
    if (statedOn.isAfter(LocalDate.ofInstant(at, LATEST_TODAY))) {
      throw new BusinessException("A position cannot be dated in the future (" + statedOn + ").");
    }
    this.statedOn = statedOn;
    this.revisesId = revisesId;
    this.state = PositionState.CURRENT;
    this.recordedAt = Objects.requireNonNull(at);
    this.recordedBy = Objects.requireNonNull(by);
  }

  /**
   * Replaces this position with a revised one (R1): this one stays, as revised.
   *
   * @throws BusinessException if this is not the party's latest position, or the revision breaks a
   *     rule (then nothing changes)
   */
  public TermPosition revise(
      Stance newStance,
      String newStatement,
      LocalDate newStatedOn,
      String newSource,
      Instant at,
      String by) {
    requireCurrent();
    TermPosition next =
        new TermPosition(
            clause,
            restriction,
            party,
            newStance,
            newStatement,
            newStatedOn,
            newSource,
            id,
            at,
            by);
    close(PositionState.REVISED, at, by);
    return next;
  }

  /**
   * The party no longer holds this position (R1); it stays in the history.
   *
   * @throws BusinessException if it is not the party's latest position
   */
  public void withdraw(Instant at, String by) {
    requireCurrent();
    close(PositionState.WITHDRAWN, at, by);
  }

  private void close(PositionState to, Instant at, String by) {
    state = to;
    closedAt = at;
    closedBy = by;
  }

  private void requireCurrent() {
    if (state != PositionState.CURRENT) {
      throw new BusinessException(
          "This position was "
              + state.name().toLowerCase(java.util.Locale.ROOT)
              + " by "
              + closedBy
              + " at "
              + closedAt
              + "; only the party's latest position can change.");
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Contract contract() {
    return contract;
  }

  public Clause clause() {
    return clause;
  }

  public UsageRestriction restriction() {
    return restriction;
  }

  public Party party() {
    return party;
  }

  public Stance stance() {
    return stance;
  }

  public String statement() {
    return statement;
  }

  public LocalDate statedOn() {
    return statedOn;
  }

  public String source() {
    return source;
  }

  public PositionState state() {
    return state;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
