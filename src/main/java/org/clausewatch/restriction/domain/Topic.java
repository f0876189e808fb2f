package org.clausewatch.restriction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * What a usage restriction is about, from the catalogue legal staff keep ("mass surveillance of
 * U.S. persons"), so one restriction can be compared across contracts and vendors (R4).
 */
@Entity
@Audited
@Table(name = "topic")
public class Topic {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
  @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "description")
  private String description;

  /** What the name looks like ({@link Names#lookalikeKey}); derived, so not audited. */
  @NotAudited
  @Column(name = "name_lookalike_key", length = 64)
  private String nameLookalikeKey;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Topic() {
    // for JPA
  }

  /**
   * @throws org.clausewatch.shared.BusinessException if the name is missing, could be taken for
   *     another ({@link Names}) or a text is too long
   */
  public Topic(String name, String description, String by, Instant at) {
    rename(name);
    describe(description);
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(at);
  }

  /**
   * @throws org.clausewatch.shared.BusinessException if the name is missing, too long or could be
   *     taken for another ({@link Names})
   */
  public void rename(String newName) {
    this.name = checkedName(newName);
    this.nameLookalikeKey = Names.lookalikeKey(this.name);
  }

  /**
   * The name as a topic would store it (stripped, NFC).
   *
   * @throws org.clausewatch.shared.BusinessException if it is missing, too long or could be taken
   *     for another ({@link Names})
   */
  public static String checkedName(String name) {
    return Names.checked(
        name,
        NAME_MAX_LENGTH,
        "A topic has a name of 1 to " + NAME_MAX_LENGTH + " characters.",
        "A topic's name");
  }

  /**
   * @throws org.clausewatch.shared.BusinessException if the text is too long
   */
  public void describe(String text) {
    this.description =
        Text.optional(
            text,
            DESCRIPTION_MAX_LENGTH,
            "A topic's description has at most " + DESCRIPTION_MAX_LENGTH + " characters.");
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }
}
