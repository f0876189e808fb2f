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
import java.util.Locale;
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/**
 * A disagreement between the parties over one term, from the position that opened it to its
 * resolution (R2, R3). Opened and closed by the computation of the parties' stances; escalated,
 * resolved by a modification or an accepted proposal, or abandoned by legal staff.
 */
@Entity
@Audited
@Table(name = "dispute")
public class Dispute {

  public static final int NOTE_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_seq")
  @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
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

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private DisputeState state;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by_position_id")
  private Long openedByPositionId;

  @Column(name = "explanation", nullable = false)
  private String explanation;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "escalated_by")
  private String escalatedBy;

  @Column(name = "escalation_note")
  private String escalationNote;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution")
  private Resolution resolution;

  @Column(name = "closing_note")
  private String closingNote;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "modification_id")
  private Modification modification;

  protected Dispute() {
    // for JPA
  }

  /** Opened because {@code position} made the parties' latest stances disagree. */
  public static Dispute opened(TermPosition position, Standing standing, Instant at) {
    if (!standing.disputed()) {
      throw new IllegalArgumentException("Only disagreeing stances open a dispute");
    }
    Dispute d = new Dispute();
    d.clause = position.clause();
    d.contract = position.contract();
    d.restriction = position.restriction();
    d.state = DisputeState.OPEN;
    d.openedAt = Objects.requireNonNull(at);
    d.openedByPositionId = Objects.requireNonNull(position.id(), "a saved position");
    String words = standing.explanation();
    d.explanation =
        words.length() <= NOTE_MAX_LENGTH ? words : words.substring(0, NOTE_MAX_LENGTH - 1) + "…";
    return d;
  }

  /**
   * @throws BusinessException if the dispute is closed
   */
  public void escalate(String note, Instant at, String by) {
    requireOpen();
    if (state == DisputeState.ESCALATED) {
      throw new BusinessException(
          "This dispute was escalated already, by " + escalatedBy + " at " + escalatedAt + ".");
    }
    escalationNote = note(note, "An escalation says why");
    state = DisputeState.ESCALATED;
    escalatedAt = at;
    escalatedBy = by;
  }

  /**
   * Closed because the stances no longer disagree, or the term was withdrawn (computed).
   *
   * @throws IllegalArgumentException for a resolution only legal staff record
   */
  public void settle(Resolution how, Instant at, String by) {
    if (how == Resolution.MODIFICATION || how == Resolution.ACCEPTED_PROPOSAL) {
      throw new IllegalArgumentException(how + " is recorded by legal staff");
    }
    close(DisputeState.RESOLVED, how, null, null, at, by);
  }

  /**
   * Resolved by a modification of the contract (legal staff), with what it settled.
   *
   * @throws BusinessException if closed, or the modification is of another contract
   */
  public void resolveBy(Modification by, String note, Instant at, String who) {
    if (by == null || !Objects.equals(by.contract().id(), contract.id())) {
      throw new BusinessException("Choose a modification of this contract.");
    }
    close(
        DisputeState.RESOLVED,
        Resolution.MODIFICATION,
        by,
        note(note, "Say what it settled"),
        at,
        who);
  }

  /** Resolved by accepted proposed wording (the proposal's acceptance records it). */
  public void resolveByProposal(String note, Instant at, String who) {
    close(
        DisputeState.RESOLVED,
        Resolution.ACCEPTED_PROPOSAL,
        null,
        note(note, "Say what was accepted"),
        at,
        who);
  }

  /**
   * The parties stopped pursuing it (legal staff), with why.
   *
   * @throws BusinessException if closed
   */
  public void abandon(String note, Instant at, String by) {
    close(DisputeState.ABANDONED, null, null, note(note, "An abandoned dispute says why"), at, by);
  }

  private void close(
      DisputeState to, Resolution how, Modification by, String note, Instant at, String who) {
    requireOpen();
    state = to;
    resolution = how;
    modification = by;
    closingNote = note;
    closedAt = Objects.requireNonNull(at);
    closedBy = Objects.requireNonNull(who);
  }

  private void requireOpen() {
    if (!state.isOpen()) {
      throw new BusinessException(
          "This dispute was "
              + state.name().toLowerCase(Locale.ROOT)
              + " by "
              + closedBy
              + " at "
              + closedAt
              + (closingNote == null ? "" : " (" + closingNote + ")")
              + ".");
    }
  }

  private static String note(String text, String what) {
    return Text.required(
        text, NOTE_MAX_LENGTH, what + " in 1 to " + NOTE_MAX_LENGTH + " characters.");
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public DisputeState state() {
    return state;
  }

  public Clause clause() {
    return clause;
  }

  public UsageRestriction restriction() {
    return restriction;
  }

  public Contract contract() {
    return contract;
  }

  public Resolution resolution() {
    return resolution;
  }

  public Long openedByPositionId() {
    return openedByPositionId;
  }

  public String explanation() {
    return explanation;
  }
}
