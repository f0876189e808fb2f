package org.clausewatch.flag.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clausewatch.shared.BusinessException;
import org.hibernate.envers.Audited;

/**
 * Legal staff's judgement that a flag does not matter, with the reason, for the evidence the flag
 * had then (its fingerprint). Kept, and audited, after the flag moves on.
 */
@Entity
@Audited
@Table(name = "flag_dismissal")
public class FlagDismissal {

  public static final int REASON_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_dismissal_seq")
  @SequenceGenerator(
      name = "flag_dismissal_seq",
      sequenceName = "flag_dismissal_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "rule", nullable = false, updatable = false)
  private String rule;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "explanation", nullable = false, updatable = false)
  private String explanation;

  @Column(name = "fingerprint", nullable = false, updatable = false)
  private String fingerprint;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "dismissed_by", nullable = false, updatable = false)
  private String dismissedBy;

  @Column(name = "dismissed_at", nullable = false, updatable = false)
  private Instant dismissedAt;

  protected FlagDismissal() {}

  FlagDismissal(Flag flag, String reason, String by, Instant at) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new BusinessException("Say why the flag does not matter.");
    }
    if (r.length() > REASON_MAX_LENGTH) {
      throw new BusinessException("A reason has at most " + REASON_MAX_LENGTH + " characters.");
    }
    this.contractId = flag.contractId();
    this.rule = flag.rule();
    this.subject = flag.subject();
    this.explanation = flag.explanation();
    this.fingerprint = flag.fingerprint();
    this.reason = r;
    this.dismissedBy = by;
    this.dismissedAt = at;
  }

  public Long id() {
    return id;
  }

  public String reason() {
    return reason;
  }

  public String dismissedBy() {
    return dismissedBy;
  }

  public Instant dismissedAt() {
    return dismissedAt;
  }
}
