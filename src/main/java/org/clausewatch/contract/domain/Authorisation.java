package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
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

  public String description() {
    return description;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }
}
