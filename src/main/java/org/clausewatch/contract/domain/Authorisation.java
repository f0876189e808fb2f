package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Something the buyer authorised for this contract, e.g. use on classified networks. */
@Embeddable
public class Authorisation implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int DESCRIPTION_MAX_LENGTH = 500;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(name = "granted_on", nullable = false)
  private LocalDate grantedOn;

  protected Authorisation() {
    // for JPA
  }

  public Authorisation(String description, LocalDate grantedOn) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("An authorisation needs a description");
    }
    if (description.strip().length() > DESCRIPTION_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "An authorisation has at most " + DESCRIPTION_MAX_LENGTH + " characters");
    }
    this.description = description.strip();
    this.grantedOn = Objects.requireNonNull(grantedOn, "An authorisation needs a date");
  }

  public String description() {
    return description;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }
}
