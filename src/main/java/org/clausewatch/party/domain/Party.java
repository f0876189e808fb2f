package org.clausewatch.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A government agency, company or other organisation named in contracts. */
@Entity
@Table(name = "party")
@NamedQuery(
    name = Party.FIND_BY_NAME,
    query = "select p from Party p where lower(p.name) = lower(:name)")
@NamedQuery(name = Party.FIND_ALL, query = "select p from Party p order by p.name")
public class Party {

  public static final String FIND_BY_NAME = "Party.findByName";
  public static final String FIND_ALL = "Party.findAll";
  public static final int NAME_MAX_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
  @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private PartyKind kind;

  protected Party() {
    // for JPA
  }

  public Party(String name, PartyKind kind) {
    this.name = requireName(name);
    this.kind = Objects.requireNonNull(kind, "A party needs a kind");
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A party needs a name");
    }
    String trimmed = name.strip();
    if (trimmed.length() > NAME_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A party name has at most " + NAME_MAX_LENGTH + " characters");
    }
    return trimmed;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public PartyKind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return name;
  }
}
