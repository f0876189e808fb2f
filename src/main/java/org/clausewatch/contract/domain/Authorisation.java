package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Text;

/** Something the buyer authorised for this contract, e.g. use on classified networks. */
@Embeddable
public class Authorisation implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int DESCRIPTION_MAX_LENGTH = 500;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(name = "granted_on", nullable = false)
  private LocalDate grantedOn;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "withdrawal_reason", length = DESCRIPTION_MAX_LENGTH)
  private String withdrawalReason;

  protected Authorisation() {
    // for JPA
  }

  public Authorisation(String description, LocalDate grantedOn) {
    this.description =
        Text.required(
            description,
            DESCRIPTION_MAX_LENGTH,
            "An authorisation has a description of 1 to " + DESCRIPTION_MAX_LENGTH + " characters");
    this.grantedOn = Objects.requireNonNull(grantedOn, "An authorisation needs a date");
  }

  /**
   * This authorisation, withdrawn on {@code on} for {@code reason}: it stays on record, no longer
   * in force.
   *
   * @param today the last day a withdrawal may be dated: one is recorded once it happened
   * @throws BusinessException if it was withdrawn already, the reason is blank or too long, or the
   *     date is before the grant or after {@code today}
   */
  Authorisation withdrawn(LocalDate on, String reason, LocalDate today) {
    if (withdrawnOn != null) {
      throw new BusinessException(
          "\"" + description + "\" was withdrawn already, on " + withdrawnOn + ".");
    }
    if (on == null) {
      throw new BusinessException("Enter the date the authorisation was withdrawn.");
    }
    if (on.isBefore(grantedOn)) {
      throw new BusinessException(
          "An authorisation cannot be withdrawn before it was granted (" + grantedOn + ").");
    }
    if (on.isAfter(today)) {
      throw new BusinessException(
          "A withdrawal is recorded once it happened: its date cannot be after today ("
              + today
              + ").");
    }
    Authorisation copy = new Authorisation(description, grantedOn);
    copy.withdrawalReason =
        Text.required(
            reason,
            DESCRIPTION_MAX_LENGTH,
            "A withdrawal has a reason of 1 to " + DESCRIPTION_MAX_LENGTH + " characters");
    copy.withdrawnOn = on;
    return copy;
  }

  public boolean inForce() {
    return withdrawnOn == null;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public String description() {
    return description;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }
}
