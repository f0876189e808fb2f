package org.clausewatch.flag.domain;

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
import java.util.Objects;

/**
 * A rule that holds for one subject of a contract (R1): stored so that the list can filter by it,
 * recomputed whenever its facts change ({@link #refresh}). A dismissal holds until the flag's
 * fingerprint changes, i.e. until its evidence does (R4).
 */
@Entity
@Table(name = "flag")
public class Flag {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_seq")
  @SequenceGenerator(name = "flag_seq", sequenceName = "flag_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "rule", nullable = false, updatable = false)
  private String rule;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "severity", nullable = false)
  private Severity severity;

  /** The severity's order, most severe first: computed by PostgreSQL (V34). */
  @Column(name = "severity_rank", insertable = false, updatable = false)
  private short severityRank;

  @Column(name = "attention", nullable = false)
  private boolean attention;

  @Column(name = "clause_id")
  private Long clauseId;

  @Column(name = "deadline_id")
  private Long deadlineId;

  @Column(name = "explanation", nullable = false)
  private String explanation;

  @Column(name = "evidence")
  private String evidence;

  @Column(name = "sentence_start")
  private Integer sentenceStart;

  @Column(name = "sentence_end")
  private Integer sentenceEnd;

  @Column(name = "words_start")
  private Integer wordsStart;

  @Column(name = "words_end")
  private Integer wordsEnd;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "fingerprint", nullable = false)
  private String fingerprint;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "dismissal_id")
  private FlagDismissal dismissal;

  protected Flag() {}

  public Flag(long contractId, Finding finding, Instant now) {
    this.contractId = contractId;
    this.rule = finding.rule();
    this.subject = finding.subject();
    this.raisedAt = now;
    apply(finding);
  }

  /**
   * Takes the finding's current words. When what the flag rests on changed, a dismissal no longer
   * holds and the flag counts as raised now.
   *
   * @return whether anything changed
   */
  public boolean refresh(Finding finding, Instant now) {
    if (!finding.key().equals(rule + "|" + subject)) {
      throw new IllegalArgumentException("not this flag's finding: " + finding.key());
    }
    String next = finding.fingerprint();
    boolean changed =
        !next.equals(fingerprint)
            || severity != finding.severity()
            || attention != finding.attention()
            || !Objects.equals(clauseId, finding.clauseId())
            || !Objects.equals(deadlineId, finding.deadlineId())
            || !Objects.equals(dueAt, finding.dueAt())
            || !Objects.equals(
                sentenceStart, finding.sentence() == null ? null : finding.sentence().start());
    if (!next.equals(fingerprint)) {
      dismissal = null;
      raisedAt = now;
    }
    apply(finding);
    return changed;
  }

  private void apply(Finding f) {
    severity = f.severity();
    attention = f.attention();
    clauseId = f.clauseId();
    deadlineId = f.deadlineId();
    dueAt = f.dueAt();
    explanation = f.explanation();
    evidence = f.evidence();
    sentenceStart = f.sentence() == null ? null : f.sentence().start();
    sentenceEnd = f.sentence() == null ? null : f.sentence().end();
    wordsStart = f.words() == null ? null : f.words().start();
    wordsEnd = f.words() == null ? null : f.words().end();
    fingerprint = f.fingerprint();
  }

  /** Records that legal staff judged the flag not to matter, for its present evidence. */
  public FlagDismissal dismiss(String reason, String by, Instant at) {
    if (dismissal != null) {
      throw new org.clausewatch.shared.BusinessException(
          "This flag was dismissed meanwhile by " + dismissal.dismissedBy() + ".");
    }
    dismissal = new FlagDismissal(this, reason, by, at);
    return dismissal;
  }

  public String key() {
    return rule + "|" + subject;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long contractId() {
    return contractId;
  }

  public String rule() {
    return rule;
  }

  public String subject() {
    return subject;
  }

  public String explanation() {
    return explanation;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public FlagDismissal dismissal() {
    return dismissal;
  }

  public boolean dismissed() {
    return dismissal != null;
  }
}
