package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.Text;

/** A party of a contract other than buyer and vendor, with its role. */
@Embeddable
public class Participant implements Serializable {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @Column(name = "role", nullable = false, length = 100)
  private String role;

  protected Participant() {
    // for JPA
  }

  public Participant(Party party, String role) {
    this.party = Objects.requireNonNull(party, "A participant needs a party");
    this.role = Text.required(role, 100, "A participant's role has 1 to 100 characters");
  }

  public Party party() {
    return party;
  }

  public String role() {
    return role;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Participant other
        && role.equals(other.role)
        && (party == other.party || party.id() != null && party.id().equals(other.party.id()));
  }

  @Override
  public int hashCode() {
    return role.hashCode();
  }
}
