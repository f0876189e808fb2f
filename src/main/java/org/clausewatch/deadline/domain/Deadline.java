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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Something a party must do by a given time, with what happens if it does not. */
@Entity
@Audited
@Table(name = "deadline")
public class Deadline {

  public static final int TITLE_MAX_LENGTH = 300;
  public static final int ACTION_MAX_LENGTH = 2000;
  public static final int CONSEQUENCE_MAX_LENGTH = 500;
  public static final int NOTE_MAX_LENGTH = 2000;

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

  /**
   * From when the deadline needs attention: its due time less its kind's lead time while open, null
   * once closed. Kept by PostgreSQL (V7 trigger, lead times in table {@code deadline_lead_time});
   * read-only here.
   */
  @NotAudited
  @Column(name = "attention_at", insertable = false, updatable = false)
  private Instant attentionAt;

  /** When the issuer stated it (an ultimatum's letter, a meeting); null if not recorded. */
  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Column(name = "close_note", length = NOTE_MAX_LENGTH)
  private String closeNote;

  @ElementCollection
  @CollectionTable(name = "deadline_extension", joinColumns = @JoinColumn(name = "deadline_id"))
  @OrderColumn(name = "position")
  private List<Extension> extensions = new ArrayList<>();

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

  /** Corrects the title (a typo, a clearer name); its time and history stay. */
  public void retitle(String newTitle) {
    title =
        Text.required(
            newTitle,
            TITLE_MAX_LENGTH,
            "A deadline title has 1 to " + TITLE_MAX_LENGTH + " characters");
  }

  /**
   * The consequences threatened, in order, instead of those recorded (R2): one threatened since,
   * one recorded by mistake, the words of a later letter. All of them or none are taken.
   *
   * @return the ones newly threatened: those whose words are none of the recorded ones' (a recorded
   *     one written again in other case, spacing or punctuation is not new)
   * @throws BusinessException if one is blank or too long; the recorded ones then stay
   */
  public List<String> replaceConsequences(List<String> threatened) {
    List<String> checked =
        threatened.stream()
            .map(
                c ->
                    Text.required(
                        c,
                        CONSEQUENCE_MAX_LENGTH,
                        "A consequence has 1 to " + CONSEQUENCE_MAX_LENGTH + " characters"))
            .toList();
    Set<String> recorded = consequences.stream().map(Deadline::words).collect(Collectors.toSet());
    consequences.clear();
    consequences.addAll(checked);
    return checked.stream().filter(c -> !recorded.contains(words(c))).toList();
  }

  /**
   * A consequence's words, lower case, without punctuation: "Supply-chain risk." = "supply chain
   * risk".
   */
  private static String words(String consequence) {
    return String.join(" ", consequence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
  }

  /** Adds a consequence after those already threatened (R2). */
  public void threaten(String consequence) {
    consequences.add(
        Text.required(
            consequence,
            CONSEQUENCE_MAX_LENGTH,
            "A consequence has 1 to " + CONSEQUENCE_MAX_LENGTH + " characters"));
  }

  /** When the issuer stated the deadline; it cannot come after the due time. */
  public void issuedAt(Instant issued) {
    if (issued != null && issued.isAfter(dueAt)) {
      throw new BusinessException("A deadline cannot be issued after it is due");
    }
    issuedAt = issued;
  }

  /**
   * Moves the due time later (R6). The time it replaces stays in the deadline's extensions, with
   * the reason, who and when.
   *
   * @throws IllegalStateException if the deadline is closed
   * @throws IllegalArgumentException if the new time is not later or the reason is missing
   */
  public void extend(ZonedDateTime newDue, String reason, String by, Instant at) {
    requireOpen("extended");
    Objects.requireNonNull(newDue, "An extension needs a new due time");
    if (!newDue.toInstant().isAfter(dueAt)) {
      throw new BusinessException(
          "An extension moves the due time later than "
              + dueInStatedZone().toLocalDateTime()
              + " "
              + dueZone);
    }
    extensions.add(
        new Extension(
            dueAt,
            dueZone,
            newDue.toInstant(),
            newDue.getZone().getId(),
            Text.required(
                reason,
                NOTE_MAX_LENGTH,
                "An extension needs a reason of at most " + NOTE_MAX_LENGTH + " characters"),
            at,
            by));
    dueAt = newDue.toInstant();
    dueZone = newDue.getZone().getId();
  }

  /**
   * Closes an open deadline as met, missed or withdrawn (R7), by whom, when and why.
   *
   * @throws IllegalStateException if it is closed already
   * @throws IllegalArgumentException if the outcome is not a closed status or the note too long
   */
  public void close(DeadlineStatus outcome, String by, Instant at, String note) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == DeadlineStatus.OPEN) {
      throw new BusinessException("A deadline is closed as met, missed or withdrawn");
    }
    requireOpen("closed again");
    closeNote =
        Text.optional(
            note, NOTE_MAX_LENGTH, "A note has at most " + NOTE_MAX_LENGTH + " characters");
    closedBy = Text.required(by, 64, "Who closed the deadline must be known");
    closedAt = Objects.requireNonNull(at, "when");
    status = outcome;
  }

  public void meet(String by, Instant at, String note) {
    close(DeadlineStatus.MET, by, at, note);
  }

  private void requireOpen(String what) {
    if (status != DeadlineStatus.OPEN) {
      throw new BusinessException(
          "This deadline is "
              + status.name().toLowerCase(java.util.Locale.ROOT)
              + " and cannot be "
              + what);
    }
  }

  /** Open and past its due time (R5). */
  public boolean isOverdue(Clock clock) {
    return status == DeadlineStatus.OPEN && clock.instant().isAfter(dueAt);
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

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public String closeNote() {
    return closeNote;
  }

  public long version() {
    return version;
  }

  public List<Extension> extensions() {
    return Collections.unmodifiableList(extensions);
  }
}
