package org.clausewatch.restriction.domain;

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
import java.util.Objects;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A limit on what the buyer may do with what it bought, as a clause states it. */
@Entity
@Audited
@Table(name = "usage_restriction")
public class UsageRestriction {

  public static final int USE_MAX_LENGTH = 500;
  public static final int CONDITION_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_restriction_seq")
  @SequenceGenerator(
      name = "usage_restriction_seq",
      sequenceName = "usage_restriction_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clause_id", nullable = false)
  private Clause clause;

  /** The clause's contract, kept by PostgreSQL (V8 trigger) for the list's attention query. */
  @NotAudited
  @Column(name = "contract_id", insertable = false, updatable = false)
  private Long contractId;

  @Column(name = "restricted_use", nullable = false, length = USE_MAX_LENGTH)
  private String restrictedUse;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private RestrictionKind kind;

  @Column(name = "condition")
  private String condition;

  /** What the restriction is about, from the catalogue (R4); null while nobody has said. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "topic_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  private Topic topic;

  /** Withdrawn: no longer applies, kept with its history (R2). */
  @Column(name = "withdrawn", nullable = false)
  private boolean withdrawn;

  protected UsageRestriction() {
    // for JPA
  }

  /** An outright prohibition, proposed. */
  public static UsageRestriction prohibiting(Clause clause, String restrictedUse) {
    return new UsageRestriction(clause, restrictedUse, RestrictionKind.PROHIBITED, null);
  }

  /** A use allowed only under a condition, proposed. */
  public static UsageRestriction conditional(
      Clause clause, String restrictedUse, String condition) {
    return new UsageRestriction(
        clause,
        restrictedUse,
        RestrictionKind.CONDITIONAL,
        Text.required(
            condition,
            CONDITION_MAX_LENGTH,
            "A conditional restriction states its condition in at most "
                + CONDITION_MAX_LENGTH
                + " characters"));
  }

  private UsageRestriction(
      Clause clause, String restrictedUse, RestrictionKind kind, String condition) {
    this.clause = Objects.requireNonNull(clause, "A restriction belongs to a clause");
    this.restrictedUse =
        Text.required(
            restrictedUse,
            USE_MAX_LENGTH,
            "The restricted use has 1 to " + USE_MAX_LENGTH + " characters");
    this.kind = kind;
    this.condition = condition;
  }

  /**
   * The restriction no longer applies (R2); it stays, with its history.
   *
   * @throws BusinessException if it was withdrawn already
   */
  public void withdraw() {
    if (withdrawn) {
      throw new BusinessException("This restriction was withdrawn already.");
    }
    withdrawn = true;
  }

  /**
   * Changes what is restricted and how (R5): an outright prohibition when {@code condition} is
   * null, else a use allowed under the condition.
   *
   * @throws IllegalStateException if the restriction was withdrawn
   * @throws IllegalArgumentException if the use or condition is missing or too long
   */
  public void redefine(String newUse, String newCondition) {
    if (withdrawn) {
      throw new BusinessException("A withdrawn restriction cannot be changed");
    }
    String use =
        Text.required(
            newUse,
            USE_MAX_LENGTH,
            "The restricted use has 1 to " + USE_MAX_LENGTH + " characters");
    String checked =
        newCondition == null || newCondition.isBlank()
            ? null
            : Text.required(
                newCondition,
                CONDITION_MAX_LENGTH,
                "A condition has at most " + CONDITION_MAX_LENGTH + " characters");
    restrictedUse = use;
    condition = checked;
    kind = checked == null ? RestrictionKind.PROHIBITED : RestrictionKind.CONDITIONAL;
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public Clause clause() {
    return clause;
  }

  public String restrictedUse() {
    return restrictedUse;
  }

  public RestrictionKind kind() {
    return kind;
  }

  public String condition() {
    return condition;
  }

  /** Says what the restriction is about (R4); null: nothing yet. */
  public void about(Topic newTopic) {
    topic = newTopic;
  }

  public Topic topic() {
    return topic;
  }

  public boolean withdrawn() {
    return withdrawn;
  }
}
