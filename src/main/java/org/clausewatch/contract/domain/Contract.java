package org.clausewatch.contract.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.Money;

/** A contract between a buyer and a vendor. Changes state only through its verbs. */
@Entity
@Table(name = "contract")
@NamedQuery(
    name = Contract.FIND_BY_NUMBER,
    query =
        "select c from Contract c join fetch c.buyer join fetch c.vendor where c.number = :number")
@NamedQuery(
    name = Contract.COUNT_BY_STATUS,
    query = "select c.status, count(c) from Contract c group by c.status")
public class Contract {

  public static final String FIND_BY_NUMBER = "Contract.findByNumber";
  public static final String COUNT_BY_STATUS = "Contract.countByStatus";

  public static final int NUMBER_MAX_LENGTH = 50;
  public static final int TITLE_MAX_LENGTH = 300;
  public static final int DESCRIPTION_MAX_LENGTH = 4000;
  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,49}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
  @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "number", nullable = false, unique = true, length = NUMBER_MAX_LENGTH)
  private String number;

  @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "buyer_id", nullable = false)
  private Party buyer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vendor_id", nullable = false)
  private Party vendor;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ContractStatus status;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "ceiling_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "ceiling_currency"))
  })
  private Money ceiling;

  @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
  private String description;

  protected Contract() {
    // for JPA
  }

  /**
   * A new contract in {@link ContractStatus#DRAFT}.
   *
   * @throws IllegalArgumentException when a rule of the package (R1, R2) is broken
   */
  public Contract(String number, String title, Party buyer, Party vendor, Money ceiling) {
    this.number = normalizeNumber(number);
    this.title = requireText(title, "title", TITLE_MAX_LENGTH);
    this.buyer = Objects.requireNonNull(buyer, "A contract needs a buyer");
    this.vendor = Objects.requireNonNull(vendor, "A contract needs a vendor");
    if (buyer == vendor || (buyer.id() != null && buyer.id().equals(vendor.id()))) {
      throw new IllegalArgumentException("The buyer and the vendor must be different parties");
    }
    this.ceiling = Objects.requireNonNull(ceiling, "A contract needs a ceiling value");
    this.status = ContractStatus.DRAFT;
  }

  /** Upper-cases and trims a contract number, and checks its form (R1). */
  public static String normalizeNumber(String number) {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("A contract needs a number");
    }
    String normalized = number.strip().toUpperCase(Locale.ROOT);
    if (!NUMBER.matcher(normalized).matches()) {
      throw new IllegalArgumentException(
          "A contract number has 3 to 50 letters, digits and dashes, starting with a letter or"
              + " digit: "
              + number.strip());
    }
    return normalized;
  }

  private static String requireText(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A contract needs a " + what);
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new IllegalArgumentException(
          "A contract " + what + " has at most " + maxLength + " characters");
    }
    return trimmed;
  }

  /**
   * Moves the contract to another status (R3).
   *
   * @throws IllegalStateException if the transition is not allowed
   */
  public void changeStatus(ContractStatus target) {
    Objects.requireNonNull(target, "target status");
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException(
          "A contract cannot move from "
              + status
              + " to "
              + target
              + "; allowed: "
              + status.next());
    }
    status = target;
  }

  public void describe(String text) {
    if (text != null && text.strip().length() > DESCRIPTION_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A contract description has at most " + DESCRIPTION_MAX_LENGTH + " characters");
    }
    description = text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String number() {
    return number;
  }

  public String title() {
    return title;
  }

  public Party buyer() {
    return buyer;
  }

  public Party vendor() {
    return vendor;
  }

  public ContractStatus status() {
    return status;
  }

  public Money ceiling() {
    return ceiling;
  }

  public String description() {
    return description;
  }
}
