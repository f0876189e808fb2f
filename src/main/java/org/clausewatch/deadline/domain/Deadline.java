package org.clausewatch.deadline.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/** Something a party must do by a given time, with what happens if it does not. */
@Entity
@Audited
@Table(name = "deadline")
public class Deadline {

  public static final int TITLE_MAX_LENGTH = 300;
  public static final int ACTION_MAX_LENGTH = 2000;
  public static final int CONSEQUENCE_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
  @SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private DeadlineKind kind;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  /** IANA zone the deadline was stated in (R1). */
  @Column(name = "due_zone", nullable = false, length = 64)
  private String dueZone;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "issuer_id")
  private Party issuer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "responsible_id")
  private Party responsible;

  @Column(name = "demanded_action", length = ACTION_MAX_LENGTH)
  private String demandedAction;

  @ElementCollection
  @CollectionTable(name = "deadline_consequence", joinColumns = @JoinColumn(name = "deadline_id"))
  @OrderColumn(name = "position")
  @Column(name = "description", nullable = false, length = CONSEQUENCE_MAX_LENGTH)
  private List<String> consequences = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DeadlineStatus status;

  protected Deadline() {
    // for JPA
  }

  /**
   * An open deadline due at {@code due}, remembered in {@code due}'s zone (R1).
   *
   * @throws IllegalArgumentException when the title is missing or too long
   */
  public Deadline(Contract contract, String title, DeadlineKind kind, ZonedDateTime due) {
    this.contract = Objects.requireNonNull(contract, "A deadline belongs to a contract");
    this.title =
        Text.required(
            title,
            TITLE_MAX_LENGTH,
            "A deadline title has 1 to " + TITLE_MAX_LENGTH + " characters");
    this.kind = Objects.requireNonNull(kind, "A deadline needs a kind");
    Objects.requireNonNull(due, "A deadline needs a due time");
    this.dueAt = due.toInstant();
    this.dueZone = due.getZone().getId();
    this.status = DeadlineStatus.OPEN;
  }

  /** Who set it, who must act, and what they must do (R2). */
  public void demand(Party issuer, Party responsible, String action) {
    String demanded =
        Text.optional(
            action,
            ACTION_MAX_LENGTH,
            "A demanded action has at most " + ACTION_MAX_LENGTH + " characters");
    this.issuer = issuer;
    this.responsible = responsible;
    this.demandedAction = demanded;
  }

  /** Adds a consequence after those already threatened (R2). */
  public void threaten(String consequence) {
    consequences.add(
        Text.required(
            consequence,
            CONSEQUENCE_MAX_LENGTH,
            "A consequence has 1 to " + CONSEQUENCE_MAX_LENGTH + " characters"));
  }

  public void meet() {
    close(DeadlineStatus.MET);
  }

  public void miss() {
    close(DeadlineStatus.MISSED);
  }

  public void withdraw() {
    close(DeadlineStatus.WITHDRAWN);
  }

  private void close(DeadlineStatus target) {
    if (status != DeadlineStatus.OPEN) {
      throw new IllegalStateException("A " + status + " deadline cannot become " + target);
    }
    status = target;
  }

  /** The due time in the zone it was stated in: 17:00 New York stays 17:00 New York. */
  public ZonedDateTime dueInStatedZone() {
    return dueAt.atZone(ZoneId.of(dueZone));
  }

  /** Time left; negative once passed (R5). */
  public Duration remaining(Clock clock) {
    return Duration.between(clock.instant(), dueAt);
  }

  /** Open and due within {@code window} from now, or already overdue. */
  public boolean isOpenAndDueWithin(Duration window, Clock clock) {
    return status == DeadlineStatus.OPEN && remaining(clock).compareTo(window) <= 0;
  }

  public Long id() {
    return id;
  }

  public Contract contract() {
    return contract;
  }

  public String title() {
    return title;
  }

  public DeadlineKind kind() {
    return kind;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public ZoneId dueZone() {
    return ZoneId.of(dueZone);
  }

  public Party issuer() {
    return issuer;
  }

  public Party responsible() {
    return responsible;
  }

  public String demandedAction() {
    return demandedAction;
  }

  public List<String> consequences() {
    return Collections.unmodifiableList(consequences);
  }

  public DeadlineStatus status() {
    return status;
  }
}
