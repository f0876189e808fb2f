package org.clausewatch.restriction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.Text;

/** What one party said about a restriction, when, and where it was said (R3). */
@Embeddable
public class PartyPosition implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int STATEMENT_MAX_LENGTH = 4000;
  public static final int SOURCE_MAX_LENGTH = 500;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @Column(name = "statement", nullable = false, length = STATEMENT_MAX_LENGTH)
  private String statement;

  @Column(name = "stated_on", nullable = false)
  private LocalDate statedOn;

  @Column(name = "source", nullable = false, length = SOURCE_MAX_LENGTH)
  private String source;

  protected PartyPosition() {
    // for JPA
  }

  public PartyPosition(Party party, String statement, LocalDate statedOn, String source) {
    this.party = Objects.requireNonNull(party, "A position is stated by a party");
    this.statement = text(statement, "statement", STATEMENT_MAX_LENGTH);
    this.statedOn = Objects.requireNonNull(statedOn, "A position needs the date it was stated");
    this.source = text(source, "source", SOURCE_MAX_LENGTH);
  }

  private static String text(String value, String what, int max) {
    return Text.required(value, max, "A position's " + what + " has 1 to " + max + " characters");
  }

  public Party party() {
    return party;
  }

  public String statement() {
    return statement;
  }

  public LocalDate statedOn() {
    return statedOn;
  }

  public String source() {
    return source;
  }
}
