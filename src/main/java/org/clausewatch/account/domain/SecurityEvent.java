package org.clausewatch.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One security event: who, what, when, where, outcome (NIST SP 800-53 AU-3). Written once, never
 * changed: the entity is immutable and the table refuses updates and deletes (V5).
 */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEvent {

  public static final int ACTOR_MAX_LENGTH = 64;
  public static final int SUBJECT_MAX_LENGTH = 200;
  public static final int ADDRESS_MAX_LENGTH = 64;
  public static final int DETAIL_MAX_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
  @SequenceGenerator(
      name = "security_event_seq",
      sequenceName = "security_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = ACTOR_MAX_LENGTH)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SecurityEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private Outcome outcome;

  @Column(name = "subject", length = SUBJECT_MAX_LENGTH)
  private String subject;

  @Column(name = "client_address", length = ADDRESS_MAX_LENGTH)
  private String clientAddress;

  @Column(name = "detail", length = DETAIL_MAX_LENGTH)
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      Instant occurredAt,
      String actor,
      SecurityEventKind kind,
      Outcome outcome,
      String subject,
      String clientAddress,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = clip(actor == null || actor.isBlank() ? "anonymous" : actor, ACTOR_MAX_LENGTH);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.subject = clip(subject, SUBJECT_MAX_LENGTH);
    this.clientAddress = clip(clientAddress, ADDRESS_MAX_LENGTH);
    this.detail = clip(detail, DETAIL_MAX_LENGTH);
  }

  /**
   * Audit text is cut and made storable, never refused: an event must not be lost because its input
   * was long or held characters PostgreSQL cannot store. Control characters (NUL included) are
   * written as {@code \\u0000}, so what was sent stays readable in the event.
   */
  static String clip(String value, int max) {
    if (value == null) {
      return null;
    }
    StringBuilder visible = new StringBuilder(Math.min(value.length(), max + 8));
    for (int i = 0; i < value.length() && visible.length() <= max; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        visible.append(String.format("\\u%04x", (int) c));
      } else {
        visible.append(c);
      }
    }
    String stripped = visible.toString().strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public SecurityEventKind kind() {
    return kind;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String subject() {
    return subject;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String detail() {
    return detail;
  }
}
