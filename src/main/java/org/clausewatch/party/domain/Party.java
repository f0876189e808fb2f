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
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A government agency, company or other organisation named in contracts. */
@Entity
@Audited
@Table(name = "party")
@NamedQuery(
    name = Party.FIND_BY_NAME,
    query = "select p from Party p where lower(p.name) = lower(:name)")
@NamedQuery(name = Party.FIND_ALL, query = "select p from Party p order by p.name")
@NamedQuery(
    name = Party.FIND_LOOK_ALIKES,
    query = "select p from Party p where p.nameLookalikeKey = :key order by p.id")
public class Party {

  public static final String FIND_BY_NAME = "Party.findByName";
  public static final String FIND_ALL = "Party.findAll";
  public static final String FIND_LOOK_ALIKES = "Party.findLookAlikes";

  public static final int NAME_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;
  private static final Pattern UEI = Pattern.compile("[A-Z0-9]{12}");
  private static final Pattern CAGE = Pattern.compile("[A-Z0-9]{5}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
  @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  /** What the name looks like ({@link Names#lookalikeKey}); derived, so not audited. */
  @NotAudited
  @Column(name = "name_lookalike_key", length = 64)
  private String nameLookalikeKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private PartyKind kind;

  /** Unique Entity Identifier (SAM.gov), 12 letters and digits. */
  @Column(name = "uei", length = 12)
  private String uei;

  /** Commercial and Government Entity code, 5 letters and digits. */
  @Column(name = "cage_code", length = 5)
  private String cageCode;

  @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
  private String description;

  protected Party() {
    // for JPA
  }

  public Party(String name, PartyKind kind) {
    this.name = normalName(name);
    this.nameLookalikeKey = Names.lookalikeKey(this.name);
    this.kind = Objects.requireNonNull(kind, "A party needs a kind");
  }

  /**
   * A party's name as it is stored and looked up: trimmed, in NFC, checked so that it cannot look
   * like another name ({@link Names}).
   *
   * @throws org.clausewatch.shared.BusinessException if missing, too long or deceptive
   */
  public static String normalName(String name) {
    return Names.checked(
        name,
        NAME_MAX_LENGTH,
        "A party needs a name of at most " + NAME_MAX_LENGTH + " characters",
        "A party's name");
  }

  /**
   * Records the party's federal identifiers; either may be null.
   *
   * @throws IllegalArgumentException if a UEI is not 12 or a CAGE code not 5 letters and digits
   */
  public void identify(String uei, String cageCode) {
    this.uei = identifier(uei, UEI, "A UEI has 12 letters and digits");
    this.cageCode = identifier(cageCode, CAGE, "A CAGE code has 5 letters and digits");
  }

  private static String identifier(String value, Pattern form, String rule) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String normalized = value.strip().toUpperCase(Locale.ROOT);
    if (!form.matcher(normalized).matches()) {
      throw new BusinessException(rule + ": " + value.strip());
    }
    return normalized;
  }

  public void describe(String text) {
    description =
        Text.optional(
            text,
            DESCRIPTION_MAX_LENGTH,
            "A party description has at most " + DESCRIPTION_MAX_LENGTH + " characters");
  }

  public void rename(String newName) {
    name = normalName(newName);
    recordLookalikeKey();
  }

  private void recordLookalikeKey() {
    nameLookalikeKey = Names.lookalikeKey(name);
  }

  public void reclassify(PartyKind newKind) {
    kind = Objects.requireNonNull(newKind, "A party needs a kind");
  }

  public long version() {
    return version;
  }

  public String uei() {
    return uei;
  }

  public String cageCode() {
    return cageCode;
  }

  public String description() {
    return description;
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
