package org.clausewatch.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.clausewatch.shared.Text;

/**
 * Who did something to an obligation, when and why (it was ended, it was reopened). Immutable; the
 * owning entity maps its columns with {@code @AttributeOverride}s, and pages read who and when
 * through queries ({@code DeadlineRepository}).
 */
@Embeddable
public class Attribution {

  public static final int BY_MAX_LENGTH = 64;

  @Column(name = "by", length = BY_MAX_LENGTH)
  private String by;

  @Column(name = "at")
  private Instant at;

  @Column(name = "reason", length = Obligation.NOTE_MAX_LENGTH)
  private String reason;

  protected Attribution() {
    // for JPA
  }

  private Attribution(String by, Instant at, String reason) {
    this.by = by;
    this.at = at;
    this.reason = reason;
  }

  /**
   * @param what what was done, for the messages: "ended", "reopened"
   * @param why the message when the reason is missing or too long
   * @throws org.clausewatch.shared.BusinessException if the reason is missing or too long, or who
   *     did it is unknown
   */
  static Attribution of(String by, Instant at, String reason, String what, String why) {
    String checkedReason = Text.required(reason, Obligation.NOTE_MAX_LENGTH, why);
    return new Attribution(
        Text.required(by, BY_MAX_LENGTH, "Who " + what + " the obligation must be known"),
        Objects.requireNonNull(at, "when"),
        checkedReason);
  }

  public String reason() {
    return reason;
  }
}
